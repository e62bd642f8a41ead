//! st.select_slider (`stSlider`): the slider over option indices; the value sent
//! is the selected option labels.
import type { rustlit } from "../../proto";
import { rustlit as proto } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { labelsValue } from "../shared/values";
import { Slider } from "./Slider";

export function SelectSlider({ el }: { el: rustlit.ISelectSlider }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const options = el.options ?? [];
  const labels = labelsValue(useHeldValue(w));
  const positions = labels.map((l) => Math.max(0, options.indexOf(l)));
  // The thumbs' positions come from `positions`; the widget itself (id, label, held labels) is this one's.
  const slider: rustlit.ISlider = {
    widget: { ...w, default: null, value: null, setValue: false },
    dataType: proto.Slider.DataType.INT,
    min: 0,
    max: Math.max(0, options.length - 1),
    step: 1,
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
