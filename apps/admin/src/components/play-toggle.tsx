'use client';

import { useState } from 'react';

/**
 * `Play` in a table row: the player (and its request for the bytes) appears only when asked for, so a page of
 * fifty rows loads no media at all.
 */
export function PlayToggle({
  src,
  filename,
  media,
}: {
  src: string;
  filename: string;
  media: 'audio' | 'video';
}) {
  const [playing, setPlaying] = useState(false);
  if (!playing) {
    return (
      <button
        type="button"
        className="secondary small"
        onClick={() => setPlaying(true)}
        aria-label={`Play ${filename}`}
      >
        Play
      </button>
    );
  }
  const Player = media;
  return (
    <Player
      // Keyboard focus moves to the player that replaced the button, rather than back to the page's start.
      ref={(element: HTMLMediaElement | null) => element?.focus()}
      controls
      autoPlay
      preload="metadata"
      src={src}
      className="row-player"
      aria-label={`Play ${filename}`}
    />
  );
}
