//! The media family's chunk (uploads, camera, microphone, images, audio, video), loaded lazily.
export { AudioInput } from "./AudioInput";
export { CameraInput } from "./CameraInput";
export { FileUploader } from "./FileUploader";
export { ImageList } from "./ImageList";
export { Audio, Video } from "./AudioVideo";
