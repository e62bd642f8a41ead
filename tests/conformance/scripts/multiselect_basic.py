import streamlit as st

picked = st.multiselect("Fruit", ["apple", "banana", "cherry"], default=["banana"])
st.write("picked:", picked)
nums = st.multiselect("Numbers", range(5), key="nums")
st.write("nums:", nums, [type(n).__name__ for n in nums])
# step: set "Fruit" ["cherry", "apple"]
# step: set "key=nums" ["3", "1"]
# step: set "Fruit" []
