//! st.select_slider (`stSlider`): the slider over option indices; the value sent
//! is the selected option labels.
import type { rustlit } from "../../proto";
import { rustlit as proto } from "../../proto";
import { useWidgetValue, useWidgets } from "../../app/context";
import { labelsValue } from "../shared/values";
import { Slider } from "./Slider";

export function SelectSlider({ el }: { el: rustlit.ISelectSlider }) {
  const widgets = useWidgets();
  const id = el.id ?? "";
  const options = el.options ?? [];
  const labels = labelsValue(useWidgetValue(id), el.default);
  const positions = labels.map((l) => Math.max(0, options.indexOf(l)));
  const slider: rustlit.ISlider = {
    id,
    label: el.label,
    help: el.help,
    disabled: el.disabled,
    labelVisibility: el.labelVisibility,
    dataType: proto.Slider.DataType.INT,
    min: 0,
    max: Math.max(0, options.length - 1),
    step: 1,
    default: positions,
  };
  return (
    <Slider
      el={slider}
      positions={positions}
      label={(v) => options[Math.round(v)] ?? ""}
      onCommit={(values) => widgets.setValue(id, { stringArrayValue: { data: values.map((v) => options[Math.round(v)] ?? "") } })}
    />
  );
}
