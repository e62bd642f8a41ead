import streamlit as st

one = st.pills("Size", ["S", "M", "L"])
st.write("one:", one)
many = st.pills("Toppings", ["ham", "egg", "cheese"], selection_mode="multi", default=["egg"])
st.write("many:", many)
seg = st.segmented_control("View", ["list", "grid"], default="grid", key="view")
st.write("seg:", seg)
# step: set "Size" "M"
# step: set "Toppings" ["ham", "egg"]
# step: set "key=view" []
