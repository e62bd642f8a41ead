//! Files attached to a chat message before it is sent: each uploads as soon
//! as it is picked (same protocol and checks as st.file_uploader) and is sent
//! with the message by file id. Removing one before sending deletes it.
import { useState } from "react";
import { rustlit } from "../../proto";
import { useStore } from "../../app/context";
import { rejection } from "../media/fileUploads";

export interface Chip {
  key: number;
  name: string;
  size: number;
  /** Set once the file is on the server. */
  info: rustlit.IUploadedFileInfo | null;
  error: string | null;
}

let nextKey = 1;

export function useChatAttachments(el: rustlit.IChatInput) {
  const store = useStore();
  const [chips, setChips] = useState<Chip[]>([]);
  const types = el.fileType ?? [];
  const maxBytes = Number(el.maxUploadSizeBytes ?? 0);
  const single = el.acceptFile === rustlit.ChatInput.AcceptFile.SINGLE;
  const patch = (key: number, change: Partial<Chip>) =>
    setChips((all) => all.map((c) => (c.key === key ? { ...c, ...change } : c)));

  async function add(picked: File[]) {
    const chosen = single ? picked.slice(0, 1) : picked;
    const entries = chosen.map((file) => ({
      file,
      chip: { key: nextKey++, name: file.webkitRelativePath || file.name, size: file.size, info: null, error: rejection(types, maxBytes, file) } as Chip,
    }));
    if (single) chips.forEach((c) => c.info?.fileId && void store.uploads.removeFile(c.info.fileId));
    setChips((all) => [...(single ? [] : all), ...entries.map((e) => e.chip)]);
    const good = entries.filter((e) => e.chip.error === null);
    if (good.length === 0) return;
    const urls = await store.uploads.uploadEach(
      good.map((e) => e.file),
      (i, error) => patch(good[i].chip.key, { error }),
    );
    good.forEach((entry, i) => {
      const url = urls[i];
      if (url) patch(entry.chip.key, { info: { fileId: url.fileId, name: entry.chip.name, size: entry.file.size } });
    });
  }

  function remove(key: number) {
    const chip = chips.find((c) => c.key === key);
    if (chip?.info?.fileId) void store.uploads.removeFile(chip.info.fileId);
    setChips((all) => all.filter((c) => c.key !== key));
  }

  return {
    chips,
    /** Uploaded files, ready to go with the message. */
    ready: chips.flatMap((c) => (c.info ? [c.info] : [])),
    uploading: chips.some((c) => c.info === null && c.error === null),
    add,
    remove,
    /** The message went out: its files belong to it now. */
    reset: () => setChips([]),
  };
}
