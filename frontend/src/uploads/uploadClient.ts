//! The page's half of uploading (see `src/uploads` on the server): ask the
//! session for upload URLs over the websocket, PUT each file there as
//! multipart/form-data with the XSRF token echoed from the `_streamlit_xsrf`
//! cookie, DELETE it when the user removes it. Widgets call this; it never
//! touches widget values.
import type { rustlit } from "../proto";
import { basePath } from "../connection/urls";

export interface FileUrls {
  fileId: string;
  uploadUrl: string;
  deleteUrl: string;
}

type Send = (msg: rustlit.IBackMsg) => boolean;

interface Waiter {
  resolve(urls: FileUrls[]): void;
  reject(error: Error): void;
}

/** The token the server put in the `_streamlit_xsrf` cookie (read by page script by design). */
export function xsrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === "_streamlit_xsrf") return rest.join("=");
  }
  return null;
}

export class UploadClient {
  private nextRequest = 1;
  private waiting = new Map<number, Waiter>();
  /** Delete URLs of the files this page uploaded, by file id. */
  private deleteUrls = new Map<string, string>();
  private send: Send;

  constructor(send: Send) {
    this.send = send;
  }

  /** One upload URL per file, issued by this tab's session. */
  requestUrls(count: number): Promise<FileUrls[]> {
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      if (!this.send({ fileUrlsRequest: { requestId, count } })) {
        reject(new Error("Not connected to the server."));
        return;
      }
      this.waiting.set(requestId, { resolve, reject });
    });
  }

  onResponse(response: rustlit.IFileUrlsResponse): void {
    const id = response.requestId ?? 0;
    const waiter = this.waiting.get(id);
    if (!waiter) return;
    this.waiting.delete(id);
    if (response.error) {
      waiter.reject(new Error(response.error));
      return;
    }
    waiter.resolve(
      (response.fileUrls ?? []).map((u) => ({
        fileId: u.fileId ?? "",
        uploadUrl: u.uploadUrl ?? "",
        deleteUrl: u.deleteUrl ?? "",
      })),
    );
  }

  /** The socket dropped: answers to pending requests will never come. */
  connectionLost(): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error("The connection to the server was lost."));
    this.waiting.clear();
  }

  /** PUTs one file; `onProgress` gets the fraction sent (0..1). */
  upload(url: string, file: File, onProgress?: (fraction: number) => void): Promise<void> {
    const form = new FormData();
    form.append(file.name, file, file.name);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("PUT", absolute(url));
      const token = xsrfToken();
      if (token) xhr.setRequestHeader("X-Xsrftoken", token);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) resolve();
        else reject(new Error(xhr.responseText || `The server refused the file (HTTP ${xhr.status}).`));
      };
      xhr.onerror = () => reject(new Error("The upload failed: the server could not be reached."));
      xhr.send(form);
    });
  }

  /**
   * Uploads each file to a URL of its own and remembers where to delete it.
   * Resolves with each file's URLs, or null for a file that failed (`failed`
   * says why; a refused URL request fails them all).
   */
  async uploadEach(
    files: readonly File[],
    failed: (index: number, message: string) => void,
    progress?: (index: number, fraction: number) => void,
  ): Promise<(FileUrls | null)[]> {
    let urls: FileUrls[];
    try {
      urls = await this.requestUrls(files.length);
    } catch (err) {
      files.forEach((_, i) => failed(i, (err as Error).message));
      return files.map(() => null);
    }
    return Promise.all(
      files.map(async (file, i) => {
        try {
          await this.upload(urls[i].uploadUrl, file, (p) => progress?.(i, p));
          this.remember(urls[i]);
          return urls[i];
        } catch (err) {
          failed(i, (err as Error).message);
          return null;
        }
      }),
    );
  }

  /** A file went up: remember where to delete it. */
  remember(urls: FileUrls): void {
    this.deleteUrls.set(urls.fileId, urls.deleteUrl);
  }

  /** The user removed a file this page uploaded. Failures are only logged: the next run drops it anyway. */
  async removeFile(fileId: string): Promise<void> {
    const url = this.deleteUrls.get(fileId);
    if (!url) return;
    this.deleteUrls.delete(fileId);
    const token = xsrfToken();
    try {
      await fetch(absolute(url), { method: "DELETE", headers: token ? { "X-Xsrftoken": token } : {} });
    } catch (err) {
      console.warn("rustlit: could not delete an upload", err);
    }
  }
}

function absolute(url: string): string {
  return `${basePath(window.location.pathname)}${url}`;
}

/** Streamlit's size display: one decimal and a binary unit ("8.0B", "1.2MB"). */
export function formatSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)}${units[unit]}`;
}
