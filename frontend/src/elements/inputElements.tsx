//! The renderer switch for the elements beyond the foundation set (input
//! widgets, links, status elements), so the shared `ElementView` needs only
//! one line for all of them.
import type { IElement } from "../proto";
import { TextArea } from "./widgets/TextArea";
import { Multiselect } from "./widgets/Multiselect";
import { ColorPicker } from "./widgets/ColorPicker";
import { ButtonGroup } from "./widgets/ButtonGroup";
import { Feedback } from "./widgets/Feedback";
import { LinkButton } from "./widgets/LinkButton";
import { DateInput } from "./widgets/DateInput";
import { TimeInput } from "./widgets/TimeInput";
import { SelectSlider } from "./widgets/SelectSlider";
import { FormSubmitButton } from "./widgets/FormSubmitButton";
import { DownloadButton } from "./widgets/DownloadButton";
import { FileUploader } from "./media/FileUploader";
import { CameraInput } from "./media/CameraInput";
import { AudioInput } from "./media/AudioInput";
import { ChatInput } from "./chat/ChatInput";
import { PageLink } from "./widgets/PageLink";
import { Metric, Progress, Spinner, Toast } from "./status/Status";

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
