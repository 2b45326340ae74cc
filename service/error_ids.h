#pragma once
// Stable error ids of the project, sent in OperationOutcome.issue[0].details
// (system https://spinecds.dev/error). Tests check them by exact text.
namespace spinecds::service::error_id {
inline constexpr const char* kSystem = "https://spinecds.dev/error";
inline constexpr const char* kMalformedJson = "spinecds.request.malformed-json";
inline constexpr const char* kTooDeep = "spinecds.request.too-deep";
inline constexpr const char* kMissingField = "spinecds.request.missing-field";
inline constexpr const char* kInvalidField = "spinecds.request.invalid-field";
inline constexpr const char* kWrongHook = "spinecds.request.wrong-hook";
inline constexpr const char* kUnknownService = "spinecds.request.unknown-service";
inline constexpr const char* kNotFound = "spinecds.request.not-found";
inline constexpr const char* kMethodNotAllowed = "spinecds.request.method-not-allowed";
inline constexpr const char* kBodyTooLarge = "spinecds.request.body-too-large";
inline constexpr const char* kHeadersTooLarge = "spinecds.request.headers-too-large";
inline constexpr const char* kUnsupportedMediaType = "spinecds.request.unsupported-media-type";
inline constexpr const char* kUnauthorized = "spinecds.auth.unauthorized";
inline constexpr const char* kNotReady = "spinecds.service.not-ready";
inline constexpr const char* kBusy = "spinecds.service.busy";
inline constexpr const char* kCallStopped = "spinecds.service.call-stopped";
inline constexpr const char* kInternal = "spinecds.service.internal";
inline constexpr const char* kStoreFailed = "spinecds.store.write-failed";
}  // namespace spinecds::service::error_id
