#pragma once
namespace spinecds::service {
// spinecds assess REQUEST.json [--format text|json|cards] [--as-of DATE] [--policy FILE]
int run_assess_command(int argc, char** argv);
}  // namespace spinecds::service
