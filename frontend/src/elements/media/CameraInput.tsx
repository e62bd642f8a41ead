//! st.camera_input (`stCameraInput`): the camera's live picture with a Take
//! Photo button (`stCameraInputButton`); the photo is uploaded as a JPEG and
//! shown in place of the video, with a Clear photo button.
import { useEffect, useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { captureName, useCapturedFile } from "../shared/useCapturedFile";
import { WidgetLabel } from "../shared/WidgetLabel";
import "./captureInputs.css";

export function CameraInput({ el }: { el: rustlit.ICameraInput }) {
  const w = el.widget ?? {};
  const id = w.id ?? "";
  const disabled = !!w.disabled;
  const captured = useCapturedFile(id);
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [photo, setPhoto] = useState<string | null>(null);
  // A photo is shown while it uploads and while it is the widget's value
  // (after a reload only its name is known here).
  const showingPhoto = captured.file !== null || captured.uploading;
  const shownPhoto = showingPhoto ? photo : null;
  const height = el.resolutionHeight ?? 0;

  // The camera runs only while there is no photo to show.
  useEffect(() => {
    if (showingPhoto || disabled) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem("This browser gives the page no camera (a camera needs https or localhost).");
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: height ? { height: { ideal: height } } : true, audio: false })
      .then((s) => {
        if (cancelled) {
          s.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = s;
        setProblem(null);
        if (video.current) video.current.srcObject = s;
      })
      .catch((err: Error) => setProblem(`This app would like to use your camera: ${err.message}`));
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [showingPhoto, disabled, height]);

  // A photo URL made here is released when it is replaced.
  useEffect(() => () => {
    if (photo) URL.revokeObjectURL(photo);
  }, [photo]);

  const takePhoto = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext("2d")?.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        setPhoto(URL.createObjectURL(blob));
        void captured.save(blob, captureName("camera-input", "jpg"));
      },
      "image/jpeg",
      0.92,
    );
  };

  const clear = () => {
    setPhoto(null);
    captured.clear();
  };

  return (
    <div className={`stCameraInput${disabled ? " st-disabled" : ""}`} data-testid="stCameraInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div className="st-capture-box" data-testid="stCameraInputWebcamComponent">
        {shownPhoto ? (
          <img className="st-camera-view" src={shownPhoto} alt={captured.file?.name ?? "photo"} />
        ) : showingPhoto ? (
          <div className="st-capture-problem">{captured.file?.name}</div>
        ) : problem ? (
          <div className="st-capture-problem">{problem}</div>
        ) : (
          <div data-testid="stCameraInputWebcamStyledBox">
            <video ref={video} className="st-camera-view" autoPlay playsInline muted />
          </div>
        )}
        <button
          type="button"
          className="st-capture-button"
          data-testid="stCameraInputButton"
          disabled={disabled || captured.uploading || (!showingPhoto && problem !== null)}
          onClick={showingPhoto ? clear : takePhoto}
        >
          {showingPhoto ? "✕ Clear photo" : "Take Photo"}
        </button>
        {captured.error ? <div className="st-capture-error">{captured.error}</div> : null}
      </div>
    </div>
  );
}
