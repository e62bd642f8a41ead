//! The widgets family's chunk: what the element registry loads lazily.
// The family's style sheets in the order their rules layer (inputs2 refines
// input), which the order of the exports below would not guarantee.
import "./button.css";
import "./choice.css";
import "./slider.css";
import "./input.css";
import "./inputs2.css";

export { Button } from "./Button";
export { ButtonGroup } from "./ButtonGroup";
export { Checkbox } from "./Checkbox";
export { ColorPicker } from "./ColorPicker";
export { DateInput } from "./DateInput";
export { DateTimeInput } from "./DateTimeInput";
export { DownloadButton } from "./DownloadButton";
export { Feedback } from "./Feedback";
export { FormSubmitButton } from "./FormSubmitButton";
export { LinkButton } from "./LinkButton";
export { MenuButton } from "./MenuButton";
export { Multiselect } from "./Multiselect";
export { NumberInput } from "./NumberInput";
export { PageLink } from "./PageLink";
export { Pagination } from "./Pagination";
export { Radio } from "./Radio";
export { Selectbox } from "./Selectbox";
export { SelectSlider } from "./SelectSlider";
export { Slider } from "./Slider";
export { TextArea } from "./TextArea";
export { TextInput } from "./TextInput";
export { TimeInput } from "./TimeInput";
