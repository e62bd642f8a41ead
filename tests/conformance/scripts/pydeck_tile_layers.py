import pydeck as pdk
import streamlit as st

# deck.gl's tiled layers and a CARTO layer as pydeck users write them. Their tiles come
# from the network; offline they cannot load and each deck is drawn without them.
view = pdk.ViewState(latitude=46.5, longitude=7.9, zoom=8, pitch=30)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "TileLayer",
                data="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                id="osm",
                min_zoom=0,
                max_zoom=19,
                tile_size=256,
            ),
            pdk.Layer(
                "ScatterplotLayer",
                data=[{"position": [7.9, 46.5]}],
                id="dot",
                get_position="position",
                get_fill_color=[255, 0, 0],
                get_radius=8000,
            ),
        ],
        initial_view_state=view,
        map_style=None,
    ),
    height=250,
)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "MVTLayer",
                data="https://tiles.example.invalid/{z}/{x}/{y}.pbf",
                id="mvt",
                get_fill_color=[0, 128, 255],
                line_width_min_pixels=1,
                pickable=True,
            )
        ],
        initial_view_state=view,
    ),
    height=250,
)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "TerrainLayer",
                id="terrain",
                elevation_decoder={"rScaler": 256, "gScaler": 1, "bScaler": 1 / 256, "offset": -32768},
                elevation_data="https://s3.amazonaws.com/elevation-tiles-prod/terrarium/{z}/{x}/{y}.png",
                texture="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                max_zoom=14,
            )
        ],
        initial_view_state=view,
    ),
    height=250,
)
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "VectorTileLayer",
                data={
                    "tilejson": "2.2.0",
                    "tiles": ["https://carto.example.invalid/v3/maps/tiles/{z}/{x}/{y}?formatTiles=binary"],
                    "minzoom": 0,
                    "maxzoom": 12,
                },
                id="carto",
                get_fill_color={
                    "@@function": "colorBins",
                    "attr": "population",
                    "domain": [1000, 10000, 100000],
                    "colors": "Sunset",
                },
                point_radius_min_pixels=2,
            )
        ],
        initial_view_state=view,
    ),
    height=250,
)
st.write("after the maps")
