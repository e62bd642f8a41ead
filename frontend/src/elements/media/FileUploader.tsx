//! st.file_uploader (`stFileUploader`): a dropzone (`stFileUploaderDropzone`)
//! with an Upload button and the limits, or the uploaded files as chips
//! (`stFileChip`) with a remove button each. Picking or dropping files uploads
//! them (see uploads/uploadClient); the widget's value is the list of files
//! the server holds, so a rerun happens only once every upload finished.
import { useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { useStore, useWidgetValue, useWidgets } from "../../app/context";
import type { WidgetValue } from "../../widgets/widgetManager";
import { formatSize } from "../../uploads/uploadClient";
import { instructions, rejection } from "./fileUploads";
import { WidgetLabel } from "../shared/WidgetLabel";
import "./fileUploader.css";

type FileInfo = rustlit.IUploadedFileInfo;

/** A file the page is still sending, or one it refused. */
interface LocalFile {
  key: number;
  name: string;
  size: number;
  progress: number;
  error: string | null;
}

function filesOf(value: WidgetValue | undefined): FileInfo[] {
  return value && "fileUploaderStateValue" in value ? (value.fileUploaderStateValue.files ?? []) : [];
}

let nextKey = 1;

export function FileUploader({ el }: { el: rustlit.IFileUploader }) {
  const w = el.widget ?? {};
  const store = useStore();
  const widgets = useWidgets();
  const id = w.id ?? "";
  const uploaded = filesOf(useWidgetValue(id));
  const [local, setLocal] = useState<LocalFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const types = el.type ?? [];
  const maxBytes = Number(el.maxUploadSizeBytes ?? 0);
  const multiple = !!el.multipleFiles;
  const disabled = !!w.disabled;

  const patch = (key: number, change: Partial<LocalFile>) =>
    setLocal((files) => files.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const commit = (files: FileInfo[]) => widgets.setValue(id, { fileUploaderStateValue: { files } });

  async function add(picked: File[]) {
    if (disabled || picked.length === 0) return;
    const chosen = multiple ? picked : picked.slice(0, 1);
    const entries = chosen.map((file) => ({
      file,
      local: { key: nextKey++, name: file.name, size: file.size, progress: 0, error: rejection(types, maxBytes, file) },
    }));
    const good = entries.filter((e) => e.local.error === null);
    setLocal((files) => [...(multiple ? files : []), ...entries.map((e) => e.local)]);
    if (good.length === 0) return;
    const uploadEnded = widgets.uploadStarted(id);
    try {
      const urls = await store.uploads.uploadEach(
        good.map((e) => e.file),
        (i, error) => patch(good[i].local.key, { error }),
        (i, progress) => patch(good[i].local.key, { progress }),
      );
      const sent = new Set(good.filter((_, i) => urls[i]).map((e) => e.local.key));
      setLocal((files) => files.filter((f) => !sent.has(f.key)));
      const added = good.flatMap((entry, i) => {
        const url = urls[i];
        // A folder's files keep their path inside it (the server stores the bare name).
        const name = (el.acceptDirectory && entry.file.webkitRelativePath) || entry.file.name;
        return url ? [{ fileId: url.fileId, name, size: entry.file.size }] : [];
      });
      if (added.length === 0) return;
      const current = filesOf(widgets.get(id));
      if (!multiple) current.forEach((f) => void store.uploads.removeFile(f.fileId ?? ""));
      commit(multiple ? [...current, ...added] : added.slice(-1));
    } finally {
      uploadEnded();
    }
  }

  const removeUploaded = (file: FileInfo) => {
    void store.uploads.removeFile(file.fileId ?? "");
    commit(filesOf(widgets.get(id)).filter((f) => f.fileId !== file.fileId));
  };

  const empty = uploaded.length === 0 && local.length === 0;
  return (
    <div className={`stFileUploader${disabled ? " st-disabled" : ""}`} data-testid="stFileUploader">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <section
        className={`st-dropzone${dragging ? " st-dropzone-active" : ""}`}
        data-testid="stFileUploaderDropzone"
        role="presentation"
        tabIndex={-1}
        aria-label={w.label ?? ""}
        aria-disabled={disabled}
        onDragOver={(e) => {
          if (disabled) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add([...e.dataTransfer.files]);
        }}
      >
        <input
          ref={input}
          type="file"
          className="st-file-input"
          data-testid="stFileUploaderDropzoneInput"
          aria-label="file upload"
          tabIndex={-1}
          accept={types.length ? types.join(",") : undefined}
          multiple={multiple}
          disabled={disabled}
          {...(el.acceptDirectory ? { webkitdirectory: "" } : {})}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void add(files);
          }}
        />
        {empty ? (
          <>
            <button
              type="button"
              className="st-button st-button-secondary"
              data-testid="stBaseButton-secondary"
              disabled={disabled}
              onClick={() => input.current?.click()}
            >
              <UploadIcon />
              <span>Upload</span>
            </button>
            <div className="st-dropzone-instructions" data-testid="stFileUploaderDropzoneInstructions">
              <span>{instructions(types, maxBytes)}</span>
            </div>
          </>
        ) : (
          <div className="st-file-chips-row">
            <div className="st-file-chips" data-testid="stFileChips">
              {uploaded.map((f) => (
                <FileChip key={f.fileId} name={f.name ?? ""} detail={formatSize(Number(f.size ?? 0))} onRemove={() => removeUploaded(f)} disabled={disabled} />
              ))}
              {local.map((f) => (
                <FileChip
                  key={f.key}
                  name={f.name}
                  detail={f.error ?? `${Math.round(f.progress * 100)}%`}
                  error={f.error !== null}
                  onRemove={() => setLocal((files) => files.filter((x) => x.key !== f.key))}
                  disabled={disabled}
                />
              ))}
            </div>
            <button
              type="button"
              className="st-file-add"
              data-testid="stBaseButton-borderlessIcon"
              aria-label="Add files"
              disabled={disabled}
              onClick={() => input.current?.click()}
            >
              +
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

interface ChipProps {
  name: string;
  detail: string;
  error?: boolean;
  disabled: boolean;
  onRemove: () => void;
}

function FileChip({ name, detail, error, disabled, onRemove }: ChipProps) {
  return (
    <div className={`st-file-chip${error ? " st-file-chip-error" : ""}`} data-testid="stFileChip" aria-label={`${name}, ${detail}`}>
      <div className="st-file-chip-icon" aria-hidden="true">
        <FileIcon />
      </div>
      <div className="st-file-chip-text">
        <div className="st-file-chip-name" data-testid="stFileChipName" title={name}>
          {name}
        </div>
        <div className="st-file-chip-detail" data-testid={error ? "stFileChipError" : undefined}>
          {detail}
        </div>
      </div>
      <small data-testid="stFileChipDeleteBtn">
        <button type="button" className="st-file-chip-remove" aria-label={`Remove ${name}`} disabled={disabled} onClick={onRemove}>
          ×
        </button>
      </small>
    </div>
  );
}

function UploadIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor">
      <path d="M5 20h14v-2H5v2zm7-16-6 6h4v6h4v-6h4l-6-6z" />
    </svg>
  );
}

function FileIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="currentColor">
      <path d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zm4 18H6V4h7v5h5v11zM8 12h8v2H8zm0 4h8v2H8z" />
    </svg>
  );
}
