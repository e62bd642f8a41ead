//! The renderer switch for the elements beyond the foundation set (input
//! widgets, links, status elements), so the shared `ElementView` needs only
//! one line for all of them.
import type { IElement } from "../proto";
import { TextArea } from "./TextArea";
import { Multiselect } from "./Multiselect";
import { ColorPicker } from "./ColorPicker";
import { ButtonGroup } from "./ButtonGroup";
import { Feedback } from "./Feedback";
import { LinkButton } from "./LinkButton";
import { DateInput } from "./DateInput";
import { TimeInput } from "./TimeInput";
import { SelectSlider } from "./SelectSlider";
import { FormSubmitButton } from "./FormSubmitButton";
import { DownloadButton } from "./DownloadButton";
import { FileUploader } from "./FileUploader";
import { CameraInput } from "./CameraInput";
import { AudioInput } from "./AudioInput";
import { ChatInput } from "./ChatInput";
import { PageLink } from "./PageLink";
import { Metric, Progress, Spinner, Toast } from "./Status";

export function renderInputElement(el: IElement): React.ReactNode | null {
  if (el.textArea) return <TextArea el={el.textArea} />;
  if (el.multiselect) return <Multiselect el={el.multiselect} />;
  if (el.colorPicker) return <ColorPicker el={el.colorPicker} />;
  if (el.buttonGroup) return <ButtonGroup el={el.buttonGroup} />;
  if (el.feedback) return <Feedback el={el.feedback} />;
  if (el.linkButton) return <LinkButton el={el.linkButton} />;
  if (el.dateInput) return <DateInput el={el.dateInput} />;
  if (el.timeInput) return <TimeInput el={el.timeInput} />;
  if (el.selectSlider) return <SelectSlider el={el.selectSlider} />;
  if (el.formSubmitButton) return <FormSubmitButton el={el.formSubmitButton} />;
  if (el.downloadButton) return <DownloadButton el={el.downloadButton} />;
  if (el.fileUploader) return <FileUploader el={el.fileUploader} />;
  if (el.cameraInput) return <CameraInput el={el.cameraInput} />;
  if (el.audioInput) return <AudioInput el={el.audioInput} />;
  if (el.chatInput) return <ChatInput el={el.chatInput} />;
  if (el.pageLink) return <PageLink el={el.pageLink} />;
  if (el.progress) return <Progress el={el.progress} />;
  if (el.spinner) return <Spinner el={el.spinner} />;
  if (el.toast) return <Toast el={el.toast} />;
  if (el.metric) return <Metric el={el.metric} />;
  return null;
}
