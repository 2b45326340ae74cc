#pragma once
// `spinecds assess`: one hook request through the service's pipeline, offline.
#include <string>
#include <string_view>

#include "service/hook_pipeline.h"
#include "service/services.h"

namespace spinecds::service {

struct AssessRun {
  // The pipeline's answer. With no fusion order in the request, `assessments`
  // holds the one not-applicable Assessment that `assess` prints.
  PipelineResult result;
  std::string output;  // what `assess --format FORMAT` prints (when result.ok)
};

// Everything `assess` does after reading its arguments: the product path that
// the golden tests run too. `format` is "text", "json" or "cards".
AssessRun run_assess(std::string_view request_text, const ServiceDef& service,
                     const PipelineDeps& deps, std::string_view format);

// spinecds assess REQUEST.json [--format text|json|cards] [--as-of DATE] [--policy FILE]
//                 [--service ID]
int run_assess_command(int argc, char** argv);

}  // namespace spinecds::service
