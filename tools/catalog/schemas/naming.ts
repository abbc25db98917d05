/*
 * Component names. Vendors name the same thing differently (OpenAI's long
 * `ChatCompletionRequestUserMessage`, Mistral's `UserMessage`, prefixed names
 * elsewhere); generated code must not depend on any one scheme.
 */

export type SchemaKey =
  | "Request"
  | "RequestBase"
  | "SamplingParameters"
  | "Message"
  | "DeveloperMessage"
  | "SystemMessage"
  | "UserMessage"
  | "AssistantMessage"
  | "ToolMessage"
  | "ContentPart"
  | "TextPart"
  | "ImagePart"
  | "AudioPart"
  | "Tool"
  | "FunctionObject"
  | "FunctionParameters"
  | "ToolChoice"
  | "NamedToolChoice"
  | "ToolCall"
  | "ToolCallDelta"
  | "ResponseFormat"
  | "ResponseFormatText"
  | "ResponseFormatJsonObject"
  | "ResponseFormatJsonSchema"
  | "StreamOptions"
  | "ReasoningEffort"
  | "Thinking"
  | "ThinkingEnabled"
  | "ThinkingDisabled"
  | "Metadata"
  | "Stop"
  | "Completion"
  | "CompletionBase"
  | "Choice"
  | "ResponseMessage"
  | "Usage"
  | "Logprobs"
  | "TokenLogprob"
  | "Chunk"
  | "ChunkChoice"
  | "Delta"
  | "StreamEvent"
  | "Error";

export type Naming = (key: SchemaKey) => string;

const PLAIN: Record<SchemaKey, string> = {
  Request: "ChatCompletionRequest",
  RequestBase: "ChatCompletionRequestBase",
  SamplingParameters: "SamplingParameters",
  Message: "ChatMessage",
  DeveloperMessage: "DeveloperMessage",
  SystemMessage: "SystemMessage",
  UserMessage: "UserMessage",
  AssistantMessage: "AssistantMessage",
  ToolMessage: "ToolMessage",
  ContentPart: "ContentPart",
  TextPart: "TextContentPart",
  ImagePart: "ImageContentPart",
  AudioPart: "AudioContentPart",
  Tool: "Tool",
  FunctionObject: "FunctionDefinition",
  FunctionParameters: "FunctionParameters",
  ToolChoice: "ToolChoice",
  NamedToolChoice: "NamedToolChoice",
  ToolCall: "ToolCall",
  ToolCallDelta: "ToolCallDelta",
  ResponseFormat: "ResponseFormat",
  ResponseFormatText: "ResponseFormatText",
  ResponseFormatJsonObject: "ResponseFormatJsonObject",
  ResponseFormatJsonSchema: "ResponseFormatJsonSchema",
  StreamOptions: "StreamOptions",
  ReasoningEffort: "ReasoningEffort",
  Thinking: "ThinkingConfig",
  ThinkingEnabled: "ThinkingEnabled",
  ThinkingDisabled: "ThinkingDisabled",
  Metadata: "Metadata",
  Stop: "StopSequences",
  Completion: "ChatCompletion",
  CompletionBase: "ChatCompletionBase",
  Choice: "ChatCompletionChoice",
  ResponseMessage: "ChatCompletionMessage",
  Usage: "Usage",
  Logprobs: "ChoiceLogprobs",
  TokenLogprob: "TokenLogprob",
  Chunk: "ChatCompletionChunk",
  ChunkChoice: "ChatCompletionChunkChoice",
  Delta: "ChatCompletionDelta",
  StreamEvent: "CompletionEvent",
  Error: "ErrorResponse",
};

const OPENAI: Record<SchemaKey, string> = {
  ...PLAIN,
  Request: "CreateChatCompletionRequest",
  Message: "ChatCompletionRequestMessage",
  DeveloperMessage: "ChatCompletionRequestDeveloperMessage",
  SystemMessage: "ChatCompletionRequestSystemMessage",
  UserMessage: "ChatCompletionRequestUserMessage",
  AssistantMessage: "ChatCompletionRequestAssistantMessage",
  ToolMessage: "ChatCompletionRequestToolMessage",
  ContentPart: "ChatCompletionRequestUserMessageContentPart",
  TextPart: "ChatCompletionRequestMessageContentPartText",
  ImagePart: "ChatCompletionRequestMessageContentPartImage",
  AudioPart: "ChatCompletionRequestMessageContentPartAudio",
  Tool: "ChatCompletionTool",
  FunctionObject: "FunctionObject",
  ToolChoice: "ChatCompletionToolChoiceOption",
  NamedToolChoice: "ChatCompletionNamedToolChoice",
  ToolCall: "ChatCompletionMessageToolCall",
  ToolCallDelta: "ChatCompletionMessageToolCallChunk",
  StreamOptions: "ChatCompletionStreamOptions",
  Stop: "StopConfiguration",
  Completion: "CreateChatCompletionResponse",
  Choice: "ChatCompletionChoice",
  ResponseMessage: "ChatCompletionResponseMessage",
  Usage: "CompletionUsage",
  Logprobs: "ChatCompletionChoiceLogprobs",
  TokenLogprob: "ChatCompletionTokenLogprob",
  Chunk: "CreateChatCompletionStreamResponse",
  ChunkChoice: "ChatCompletionStreamChoice",
  Delta: "ChatCompletionStreamResponseDelta",
};

const MISTRAL: Record<SchemaKey, string> = {
  ...PLAIN,
  Message: "Messages",
  TextPart: "TextChunk",
  ImagePart: "ImageURLChunk",
  ContentPart: "ContentChunk",
  Completion: "ChatCompletionResponse",
  Choice: "ChatCompletionChoice",
  ResponseMessage: "AssistantMessageResponse",
  Usage: "UsageInfo",
  Chunk: "CompletionChunk",
  ChunkChoice: "CompletionResponseStreamChoice",
  Delta: "DeltaMessage",
  StreamEvent: "CompletionEvent",
  FunctionObject: "Function",
};

export const openaiNaming: Naming = (key) => OPENAI[key];
export const plainNaming: Naming = (key) => PLAIN[key];
export const mistralNaming: Naming = (key) => MISTRAL[key];
export function prefixedNaming(prefix: string): Naming {
  return (key) => `${prefix}${PLAIN[key]}`;
}
