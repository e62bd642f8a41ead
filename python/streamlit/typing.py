"""`streamlit.typing`: the widget state types apps annotate with (those rustlit has)."""

from streamlit.elements.arrow import DataframeSelectionState, DataframeState
from streamlit.elements.echarts_chart import EChartsState
from streamlit.elements.widgets.data_editor import DataEditorState

__all__ = ["DataEditorState", "DataframeSelectionState", "DataframeState", "EChartsState"]
