/**
 * What a chat's conversation is called, for the holder rule (shared-conversations.ts) and for the
 * prefilter that must keep every file it could report in (prefilter.ts).
 */

/** A list of messages by its name, underscores and case aside: `messages`, `chatHistory`, `conversation_history`, `history`. */
const CONVERSATION_LIST = /(?:messages|conversations?|chat|chatlog|transcript|dialogue?|^history|(?:chat|conversation|message|prompt)history)$/;
export const conversationListName = (name: string): boolean => CONVERSATION_LIST.test(name.toLowerCase().replace(/_/g, ''));

/** … and a field that holds one, a list or a model's context: also `conversationContext`, `chatMemory`, `chatState`. */
const CONVERSATION_STATE = /(?:chat|conversation)(?:context|memory|state)$/;
export const conversationFieldName = (name: string): boolean => conversationListName(name) || CONVERSATION_STATE.test(name.toLowerCase().replace(/_/g, ''));

/**
 * A conversation's memory by its class: LangChain's (`BufferMemory`, `ConversationSummaryMemory`,
 * `ChatMessageHistory`, `InMemoryChatMessageHistory`, a store's `…ChatMessageHistory`) and an app's
 * own named for one (`ChatHistory`, `ConversationMemory`, `MessageHistory`).
 */
export const CONVERSATION_MEMORY_CLASS = /^(?:(?:Buffer|BufferWindow|ConversationSummary|ConversationSummaryBuffer|ConversationTokenBuffer|ConversationBuffer|ConversationBufferWindow|Entity|Combined)Memory|[A-Za-z]*(?:Chat|Conversation|Message)(?:History|Memory))$/;
