# st.pyplot: a figure as a PNG image (1.67's savefig defaults), width modes, clear_figure, SVG output,
# the figure is required, and savefig keyword arguments are deprecated with a warning in the page.
import matplotlib.pyplot as plt
import streamlit as st

fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 2, 3], [3, 1, 2])
st.pyplot(fig)
st.pyplot(fig, width="content", alt="A line")
st.pyplot(fig, width=300)
st.pyplot(fig, clear_figure=True, use_container_width=False)
st.text(f"axes after clear: {len(fig.axes)}")

fig2, ax2 = plt.subplots(figsize=(2, 2))
ax2.bar(["a", "b"], [1, 2])
plt.rcParams["svg.hashsalt"] = "fixed"  # the SVG's ids and date are otherwise new on every run
st.pyplot(fig2, format="svg", metadata={"Date": None})
plt.close("all")
try:
    st.pyplot(None)
except st.errors.StreamlitAPIException as e:
    st.text(str(e).splitlines()[0])
