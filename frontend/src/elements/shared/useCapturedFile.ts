//! The value of a capture widget (camera_input, audio_input): at most one file,
//! uploaded like a file_uploader's. `save` uploads a blob and makes it the
//! widget's value (one rerun); `clear` deletes it and empties the value.
import { useState } from "react";
import type { rustlit } from "../../proto";
import { useStore, useWidgetValue, useWidgets } from "../../app/context";

export interface CapturedFile {
  file: rustlit.IUploadedFileInfo | null;
  /** Why the last upload failed, if it did. */
  error: string | null;
  uploading: boolean;
  save(blob: Blob, name: string): Promise<void>;
  clear(): void;
}

export function useCapturedFile(id: string): CapturedFile {
  const store = useStore();
  const widgets = useWidgets();
  const value = useWidgetValue(id);
  const file = value && "fileUploaderStateValue" in value ? (value.fileUploaderStateValue.files?.[0] ?? null) : null;
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const set = (files: rustlit.IUploadedFileInfo[]) => widgets.setValue(id, { fileUploaderStateValue: { files } });

  async function save(blob: Blob, name: string) {
    setError(null);
    setUploading(true);
    const uploadEnded = widgets.uploadStarted(id);
    try {
      let problem = "";
      const [url] = await store.uploads.uploadEach([new File([blob], name, { type: blob.type })], (_, m) => (problem = m));
      if (!url) throw new Error(problem);
      if (file?.fileId) void store.uploads.removeFile(file.fileId);
      set([{ fileId: url.fileId, name, size: blob.size }]);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      uploadEnded();
      setUploading(false);
    }
  }

  function clear() {
    if (file?.fileId) void store.uploads.removeFile(file.fileId);
    set([]);
  }

  return { file, error, uploading, save, clear };
}

/** Streamlit's file names for captures: the time of capture, filesystem-safe. */
export function captureName(prefix: string, ext: string, when: Date = new Date()): string {
  return `${prefix}-${when.toISOString().replace(/:/g, "_")}.${ext}`;
}
