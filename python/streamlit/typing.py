"""`streamlit.typing`: the widget state types apps annotate with (those rustlit has)."""

from streamlit.elements.arrow import ButtonColumnClickState, DataframeSelectionState, DataframeState
from streamlit.elements.echarts_chart import EChartsState
from streamlit.elements.widgets.data_editor import DataEditorState

__all__ = ["ButtonColumnClickState", "DataEditorState", "DataframeSelectionState", "DataframeState", "EChartsState"]
