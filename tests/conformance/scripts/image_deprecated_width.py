# st.image's removed and deprecated width flags: use_column_width is ignored with a warning in the page,
# use_container_width maps to width (its warning goes to the log only).
import numpy as np
import streamlit as st

img = np.zeros((10, 10, 3), dtype=np.uint8)
st.image(img, use_column_width=True, caption="column")
st.image(img, use_container_width=True, caption="container")
st.image(img, use_column_width=False, width=5, caption="both")
st.text("end")
