//! st.audio (`stAudio`, an `audio` in a wrapper) and st.video (`stVideo`, a `video` with one
//! `track[data-testid=stVideoSubtitle]` per subtitle track, or a YouTube embed `iframe`).
//! Playback starts at start_time; at end_time it pauses, or with loop goes back to start_time.
import { useEffect, useRef } from "react";
import type { rustlit } from "../../proto";
import { mediaSrc } from "./ImageList";
import "./media.css";

/** Applies start_time, end_time and loop to a media element, as Streamlit 1.67's players do. */
function usePlayback(
  ref: React.RefObject<HTMLMediaElement | null>,
  src: string,
  startTime: number,
  endTime: number | null,
  loop: boolean,
) {
  useEffect(() => {
    const media = ref.current;
    if (!media) return;
    const seekToStart = () => {
      media.currentTime = startTime;
    };
    const onTime = () => {
      if (endTime != null && endTime > 0 && media.currentTime > endTime) {
        if (loop) {
          media.currentTime = startTime;
        } else {
          media.pause();
          media.currentTime = endTime;
        }
      }
    };
    const onEnded = () => {
      if (loop) {
        media.currentTime = startTime;
        void media.play().catch(() => undefined);
      }
    };
    // Before the metadata arrives this sets where playback will start.
    seekToStart();
    media.addEventListener("loadedmetadata", seekToStart);
    media.addEventListener("timeupdate", onTime);
    media.addEventListener("ended", onEnded);
    return () => {
      media.removeEventListener("loadedmetadata", seekToStart);
      media.removeEventListener("timeupdate", onTime);
      media.removeEventListener("ended", onEnded);
    };
  }, [ref, src, startTime, endTime, loop]);
}

export function Audio({ el }: { el: rustlit.IAudio }) {
  const ref = useRef<HTMLAudioElement>(null);
  const src = mediaSrc(el.url);
  usePlayback(ref, src, el.startTime ?? 0, el.endTime ?? null, !!el.loop);
  return (
    <div className="st-audio-wrapper">
      <audio
        ref={ref}
        data-testid="stAudio"
        className="st-audio"
        controls
        src={src}
        autoPlay={!!el.autoplay}
        aria-label={el.alt ?? undefined}
      />
    </div>
  );
}

function youtubeSrc(el: rustlit.IVideo): string {
  const params = new URLSearchParams();
  if (el.startTime) params.set("start", String(el.startTime));
  if (el.endTime) params.set("end", String(el.endTime));
  if (el.loop) {
    params.set("loop", "1");
    const id = (el.url ?? "").split("/").pop() ?? "";
    params.set("playlist", id);
  }
  if (el.autoplay) params.set("autoplay", "1");
  if (el.muted) params.set("mute", "1");
  const query = params.toString();
  return query ? `${el.url}?${query}` : (el.url ?? "");
}

export function Video({ el }: { el: rustlit.IVideo }) {
  const ref = useRef<HTMLVideoElement>(null);
  const src = mediaSrc(el.url);
  const youtube = el.type === 1; // YOUTUBE_IFRAME
  usePlayback(ref, src, el.startTime ?? 0, el.endTime ?? null, !!el.loop);
  if (youtube) {
    return (
      <iframe
        data-testid="stVideo"
        className="st-video st-video-youtube"
        title={el.alt ?? el.url ?? "video"}
        src={youtubeSrc(el)}
        allow="autoplay; encrypted-media"
        allowFullScreen
      />
    );
  }
  return (
    <video
      ref={ref}
      data-testid="stVideo"
      className="st-video"
      controls
      src={src}
      autoPlay={!!el.autoplay}
      muted={!!el.muted}
      aria-label={el.alt ?? undefined}
    >
      {(el.subtitles ?? []).map((track, i) => (
        <track
          key={i}
          kind="captions"
          src={mediaSrc(track.url)}
          label={track.label ?? ""}
          default={i === 0}
          data-testid="stVideoSubtitle"
        />
      ))}
    </video>
  );
}
