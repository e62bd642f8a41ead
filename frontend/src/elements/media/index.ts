//! The media family's chunk (uploads, camera, microphone), loaded lazily.
export { AudioInput } from "./AudioInput";
export { CameraInput } from "./CameraInput";
export { FileUploader } from "./FileUploader";
