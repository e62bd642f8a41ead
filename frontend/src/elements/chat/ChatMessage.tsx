//! st.chat_message (`stChatMessage`): an avatar and the message's children
//! (`stChatMessageContent`). Built-in avatars for "user" and "assistant"
//! (`stChatMessageAvatarUser` / `...Assistant`), an emoji, an image
//! (`stChatMessageAvatarImage`), a material icon (`stChatMessageAvatarCustom`,
//! shown as an empty slot until rustlit ships the icon font), else the
//! name's initial. Messages from "user"/"human" get a tinted background.
import { rustlit } from "../../proto";
import { basePath } from "../../connection/urls";
import type { BlockNode } from "../../store/tree";
import { ElementIcon } from "../shared/Icon";
import { VerticalBlock } from "../../render/BlockView";
import { widthStyle } from "../../render/size";
import "./chat.css";

const AvatarType = rustlit.ChatMessage.AvatarType;

function FaceIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="9" cy="11" r="1.2" fill="currentColor" />
      <circle cx="15" cy="11" r="1.2" fill="currentColor" />
      <path d="M8.5 15a4.5 4.5 0 0 0 7 0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

function RobotIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect x="5" y="8" width="14" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 4v4M3 12v3M21 12v3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="9.5" cy="13" r="1.3" fill="currentColor" />
      <circle cx="14.5" cy="13" r="1.3" fill="currentColor" />
    </svg>
  );
}

/** An image avatar's src: media URLs are relative to the app's base path. */
export function avatarSrc(avatar: string): string {
  return /^(https?:|data:)/.test(avatar) ? avatar : `${basePath(window.location.pathname)}${avatar}`;
}

function Avatar({ msg }: { msg: rustlit.IChatMessage }) {
  const avatar = msg.avatar ?? "";
  if (msg.avatarType === AvatarType.IMAGE) {
    return <img className="st-chat-avatar" data-testid="stChatMessageAvatarImage" src={avatarSrc(avatar)} alt="" />;
  }
  if (msg.avatarType === AvatarType.EMOJI) {
    return <div className="st-chat-avatar st-chat-avatar-plain" aria-hidden="true">{avatar}</div>;
  }
  if (avatar === "user") {
    return (
      <div className="st-chat-avatar st-chat-avatar-user" data-testid="stChatMessageAvatarUser" aria-hidden="true">
        <FaceIcon />
      </div>
    );
  }
  if (avatar === "assistant") {
    return (
      <div className="st-chat-avatar st-chat-avatar-assistant" data-testid="stChatMessageAvatarAssistant" aria-hidden="true">
        <RobotIcon />
      </div>
    );
  }
  if (avatar.startsWith(":material")) {
    return (
      <div className="st-chat-avatar st-chat-avatar-plain" data-testid="stChatMessageAvatarCustom" aria-hidden="true">
        <ElementIcon icon={avatar} />
      </div>
    );
  }
  const name = msg.name ?? "";
  return (
    <div className="st-chat-avatar st-chat-avatar-plain" aria-hidden="true">
      {name ? name.charAt(0).toUpperCase() : "🧑‍💻"}
    </div>
  );
}

export function ChatMessage({ node }: { node: BlockNode }) {
  const msg = node.block!.chatMessage!;
  const name = msg.name ?? "";
  const fromUser = ["user", "human"].includes(name.toLowerCase());
  return (
    <div
      className={`stChatMessage${fromUser ? " st-chat-message-user" : ""}`}
      data-testid="stChatMessage"
      style={widthStyle(node.block?.widthConfig)}
    >
      <Avatar msg={msg} />
      <div className="stChatMessageContent" data-testid="stChatMessageContent" role="group" aria-label={`Chat message from ${name}`}>
        <VerticalBlock nodes={node.children} />
      </div>
    </div>
  );
}
