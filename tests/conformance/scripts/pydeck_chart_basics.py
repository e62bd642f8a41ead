import pandas as pd
import pydeck as pdk
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.77], "lon": [-122.4, -122.41], "name": ["a", "b"]})
layer = pdk.Layer("ScatterplotLayer", data=df, id="points", get_position="[lon, lat]", get_radius=200,
                  get_fill_color=[255, 0, 0], pickable=True)
view = pdk.ViewState(latitude=37.76, longitude=-122.4, zoom=11, pitch=30)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, tooltip={"text": "{name}"}))
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, map_style=None,
                         tooltip={"html": "<b>{name}</b>", "style": {"color": "white"}}),
                height=320, width=500, alt=" deck ")
st.pydeck_chart(pdk.Deck(initial_view_state=view, map_provider="carto", map_style="light"),
                use_container_width=True)
st.pydeck_chart()
st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("HexagonLayer", data=df, id="hex", get_position="[lon, lat]", radius=100,
                                           elevation_scale=4, extruded=True)],
                         initial_view_state=view, tooltip=True), height="stretch")
state = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view), on_select="rerun", key="deck")
st.text(repr(dict(state)))
st.text(repr((state.selection.indices, state["selection"]["objects"], st.session_state.deck.selection)))
multi = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view), on_select=lambda: None,
                        selection_mode="multi-object", key="multi")
st.text(repr(multi.selection))
with st.form("f"):
    in_form = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view), on_select="rerun", key="formdeck")
    st.text(repr(in_form.selection.indices))
    st.form_submit_button("Send")
for bad in (lambda: st.pydeck_chart(pdk.Deck(layers=[layer]), on_select="rerun", selection_mode="circle"),
            lambda: st.pydeck_chart(pdk.Deck(layers=[layer]), on_select="rerun",
                                    selection_mode=["single-object", "multi-object"]),
            lambda: st.pydeck_chart(pdk.Deck(layers=[layer]), on_select="always"),
            lambda: st.pydeck_chart(pdk.Deck(layers=[layer]), width="content"),
            lambda: state.selection.__setitem__("indices", 1)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {str(e)[:160]}")

# step: set "key=deck" {"selection": {"indices": {"points": [1]}, "objects": {"points": [{"lat": 37.77, "lon": -122.41, "name": "b"}]}}}
# step: set "key=multi" {"selection": {"indices": {"points": [0, 1]}, "objects": {"points": [{"name": "a"}, {"name": "b"}]}}}
# step: fill "key=formdeck" {"selection": {"indices": {"points": [0]}, "objects": {"points": [{"name": "a"}]}}}
# step: rerun
# step: submit "Send"
