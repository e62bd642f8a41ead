import pandas as pd
import pydeck as pdk
import streamlit as st

view = pdk.ViewState(latitude=37.77, longitude=-122.41, zoom=11)
hexes = pd.DataFrame(
    {
        "hex": ["872830828ffffff", "87283082effffff", "87283082affffff", "87283082bffffff"],
        "count": [10, 20, 30, 40],
    }
)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "H3HexagonLayer",
                data=hexes,
                id="h3",
                get_hexagon="hex",
                get_fill_color="[255, count * 5, 0]",
                extruded=False,
                pickable=True,
            )
        ],
        initial_view_state=view,
        tooltip={"text": "{hex}: {count}"},
    )
)
trips = [
    {"path": [[-122.45, 37.75], [-122.41, 37.77], [-122.38, 37.80]], "timestamps": [0, 50, 100]},
    {"path": [[-122.44, 37.80], [-122.40, 37.76]], "timestamps": [10, 90]},
]
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "TripsLayer",
                data=trips,
                id="trips",
                get_path="path",
                get_timestamps="timestamps",
                get_color=[0, 0, 255],
                width_min_pixels=4,
                trail_length=200,
                current_time=100,
            )
        ],
        initial_view_state=view,
    ),
    height=300,
)
flights = pd.DataFrame(
    {"from_lon": [-122.41, -73.78], "from_lat": [37.77, 40.64], "to_lon": [2.35, -0.45], "to_lat": [48.86, 51.47]}
)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "GreatCircleLayer",
                data=flights,
                id="circles",
                get_source_position="[from_lon, from_lat]",
                get_target_position="[to_lon, to_lat]",
                get_source_color=[255, 0, 0],
                get_target_color=[0, 160, 0],
                get_width=4,
            )
        ],
        initial_view_state=pdk.ViewState(latitude=45, longitude=-40, zoom=1),
    ),
    height=300,
)
