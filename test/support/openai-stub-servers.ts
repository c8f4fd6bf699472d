/**
 * How each OpenAI-compatible server answers a chat completions request, as its documentation and its
 * users' bug reports show it. The stub (openai-stub.ts) applies one of these before it answers.
 * Each refusal is the server's real status and error body.
 */

export type ServerKind = 'lenient' | 'openai' | 'deepseek' | 'json-mode-fenced' | 'ollama' | 'vllm';

export interface Refusal {
  status: number;
  body: unknown;
}

type Body = Record<string, any>;

function messagesText(body: Body): string {
  return JSON.stringify(body.messages ?? []).toLowerCase();
}

// --- OpenAI -------------------------------------------------------------------------------------------

/**
 * Structured Outputs, "Supported schemas" (https://platform.openai.com/docs/guides/structured-outputs):
 * with `strict: true` these keywords are not supported ("you will receive an error"), every property
 * must be in `required`, `additionalProperties: false` on every object, the root an object and not anyOf.
 * `default` is refused too (dottxt-ai/outlines#1254).
 */
const OPENAI_STRICT_UNSUPPORTED = [
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'multipleOf',
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
];

function context(path: string[]): string {
  return path.length ? `(${path.map((p) => `'${p}'`).join(', ')})` : '()';
}

/** The first reason OpenAI's strict mode would refuse this schema, in its words. */
export function openAiStrictProblem(schema: Body, path: string[] = []): string | undefined {
  if (path.length === 0 && (schema.type !== 'object' || schema.anyOf))
    return 'In context=(), schema must be a JSON Schema of \'type: "object"\', got \'type: "None"\'.';
  for (const keyword of OPENAI_STRICT_UNSUPPORTED)
    if (keyword in schema) return `In context=${context(path)}, '${keyword}' is not permitted.`;
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('object')) {
    if (schema.additionalProperties !== false)
      return `In context=${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
    const required: string[] = Array.isArray(schema.required) ? schema.required : [];
    const missing = Object.keys(schema.properties ?? {}).find((k) => !required.includes(k));
    // Wording from bingoYB/ham_home#16.
    if (missing !== undefined)
      return (
        `In context=${context(path)}, 'required' is required to be supplied and to be an array including ` +
        `every key in properties. Missing '${missing}'.`
      );
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const problem = openAiStrictProblem(child as Body, [...path, 'properties', name]);
      if (problem) return problem;
    }
  }
  if (types.includes('array') && schema.items) {
    const problem = openAiStrictProblem(schema.items, [...path, 'items']);
    if (problem) return problem;
  }
  for (const [i, branch] of (schema.anyOf ?? []).entries()) {
    const problem = openAiStrictProblem(branch, [...path, 'anyOf', String(i)]);
    if (problem) return problem;
  }
  return undefined;
}

const openAiError = (status: number, message: string, param: string | null, code: string | null): Refusal => ({
  status,
  body: { error: { message, type: 'invalid_request_error', param, code } },
});

/** JSON mode without the word "json" in the messages: 400, param "messages" (OpenAI's wording). */
const OPENAI_JSON_WORD =
  "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.";

function openAi(body: Body): Refusal | undefined {
  const format = body.response_format;
  if (format?.type === 'json_schema' && format.json_schema?.strict) {
    const problem = openAiStrictProblem(format.json_schema.schema ?? {});
    // 400 {"error":{"message":"Invalid schema for response_format 'x': In context=(...), '...' is not
    // permitted.","type":"invalid_request_error","param":"response_format","code":null}} (outlines#1254).
    if (problem)
      return openAiError(
        400,
        `Invalid schema for response_format '${format.json_schema.name}': ${problem}`,
        'response_format',
        null,
      );
  }
  if (format?.type === 'json_object' && !messagesText(body).includes('json'))
    return openAiError(400, OPENAI_JSON_WORD, 'messages', null);
  return undefined;
}

// --- DeepSeek -----------------------------------------------------------------------------------------

/**
 * JSON Output only (https://api-docs.deepseek.com/guides/json_mode): `{"type": "json_object"}` and the
 * word "json" in the system or user prompt. `json_schema` is refused for every request:
 * 400 {"error":{"message":"This response_format type is unavailable now","type":"invalid_request_error",
 * "param":null,"code":"invalid_request_error"}} (llm-exe/llm-exe#662, khoj-ai/khoj#1336,
 * ItzCrazyKns/Vane#969). Without the word: "Prompt must contain the word 'json' in some form to use
 * 'response_format' of type 'json_object'." (vercel/ai#7913, yubing744/trading-gpt#75).
 */
function deepSeek(body: Body): Refusal | undefined {
  const format = body.response_format;
  const error = (message: string) => ({
    status: 400,
    body: { error: { message, type: 'invalid_request_error', param: null, code: 'invalid_request_error' } },
  });
  if (format?.type === 'json_schema') return error('This response_format type is unavailable now');
  if (format?.type === 'json_object' && !messagesText(body).includes('json'))
    return error("Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'.");
  return undefined;
}

// --- A JSON-mode server that fences its JSON (Qwen-style) --------------------------------------------

/**
 * Alibaba Model Studio (Qwen, https://www.alibabacloud.com/help/en/model-studio/qwen-structured-output):
 * JSON Object mode for most models, JSON Schema mode "only for some qwen-plus models"; the messages
 * must contain "JSON" (case-insensitive), else 400 {"error":{"code":"invalid_parameter_error","param":
 * null,"message":"<400> InternalError.Algo.InvalidParameter: 'messages' must contain the word 'json' in
 * some form, to use 'response_format' of type 'json_object'.","type":"invalid_request_error"}}
 * (agno-agi/agno#5317); and "the LLM might return extra text, such as ```json". For `json_schema` the
 * stub answers as a JSON-mode-only compatible server does, Volcengine Ark's 400 (agno-agi/agno#2553).
 */
function jsonModeFenced(body: Body): Refusal | undefined {
  const format = body.response_format;
  if (format?.type === 'json_schema')
    return {
      status: 400,
      body: {
        error: {
          code: 'InvalidParameter',
          message:
            'The parameter `response_format.type` specified in the request are not valid: invalid value: ' +
            '`json_schema`, supported values are: `json_object` and `text`. Request id: 0217stub',
          param: 'response_format.type',
          type: 'BadRequest',
        },
      },
    };
  if (format?.type === 'json_object' && !messagesText(body).includes('json'))
    return {
      status: 400,
      body: {
        error: {
          code: 'invalid_parameter_error',
          param: null,
          message: `<400> InternalError.Algo.InvalidParameter: ${OPENAI_JSON_WORD}`,
          type: 'invalid_request_error',
        },
        id: 'chatcmpl-stub',
        request_id: 'stub',
      },
    };
  return undefined;
}

// --- Ollama and vLLM ----------------------------------------------------------------------------------

/**
 * Ollama's OpenAI compatibility (ollama/ollama openai/openai.go): `json_object` becomes `format: "json"`,
 * `json_schema` becomes `format: <schema>` for its grammar; no strict-mode keyword checks. vLLM
 * (vllm-project/vllm docs/features/structured_outputs.md) takes `response_format` `json_schema` through
 * xgrammar/guidance. Both accept what we send.
 */
const accepting = (): Refusal | undefined => undefined;

export const SERVERS: Record<ServerKind, (body: Body) => Refusal | undefined> = {
  lenient: accepting,
  openai: openAi,
  deepseek: deepSeek,
  'json-mode-fenced': jsonModeFenced,
  ollama: accepting,
  vllm: accepting,
};

/** A wrong key: OpenAI's 401 (chatanywhere/GPT_API_free#62). Ollama ignores keys. */
export const UNAUTHORIZED: Refusal = openAiError(
  401,
  'Incorrect API key provided: sk-wr***********rong. You can find your API key at ' +
    'https://platform.openai.com/account/api-keys.',
  null,
  'invalid_api_key',
);

/** An unknown model, as each server says it. */
export function modelNotFound(server: ServerKind, model: string): Refusal {
  // Ollama: 404 {"error":{"message":"model \"x\" not found, try pulling it first","type":"api_error",...}}
  // (netease-youdao/QAnything#555).
  if (server === 'ollama')
    return {
      status: 404,
      body: {
        error: {
          message: `model "${model}" not found, try pulling it first`,
          type: 'api_error',
          param: null,
          code: null,
        },
      },
    };
  // OpenAI: 404 {"error":{"message":"The model `gpt-4` does not exist or you do not have access to it.",
  // "type":"invalid_request_error","param":null,"code":"model_not_found"}} (Chainlit/cookbook#82).
  return openAiError(
    404,
    `The model \`${model}\` does not exist or you do not have access to it.`,
    null,
    'model_not_found',
  );
}
