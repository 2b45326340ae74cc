#include "service/operation_outcome.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "service/error_ids.h"

namespace spinecds::service {

std::string fhir_issue_code(int status) {
  switch (status) {
    case 400:
      return "invalid";
    case 401:
      return "login";
    case 403:
      return "forbidden";
    case 404:
      return "not-found";
    case 405:
      return "not-supported";
    case 412:
      return "not-found";
    case 413:
      return "too-costly";
    case 415:
      return "not-supported";
    case 431:
      return "too-costly";
    case 503:
      return "transient";
    default:
      return "exception";
  }
}

HttpResponse operation_outcome(int status, std::string_view id, std::string_view diagnostics,
                               std::string_view expression) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("resourceType");
  w.String("OperationOutcome");
  w.Key("issue");
  w.StartArray();
  w.StartObject();
  w.Key("severity");
  w.String(status >= 500 ? "fatal" : "error");
  w.Key("code");
  w.String(fhir_issue_code(status));
  w.Key("details");
  w.StartObject();
  w.Key("coding");
  w.StartArray();
  w.StartObject();
  w.Key("system");
  w.String(error_id::kSystem);
  w.Key("code");
  w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
  w.EndObject();
  w.EndArray();
  w.EndObject();
  w.Key("diagnostics");
  w.String(diagnostics.data(), static_cast<rapidjson::SizeType>(diagnostics.size()));
  if (!expression.empty()) {
    w.Key("expression");
    w.StartArray();
    w.String(expression.data(), static_cast<rapidjson::SizeType>(expression.size()));
    w.EndArray();
  }
  w.EndObject();
  w.EndArray();
  w.EndObject();
  HttpResponse r;
  r.status = status;
  r.content_type = "application/fhir+json";
  r.body.assign(buf.GetString(), buf.GetSize());
  return r;
}

}  // namespace spinecds::service
