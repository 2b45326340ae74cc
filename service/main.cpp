// spinecds: the CDS Hooks service for lumbar fusion orders and its offline tools.
#include <cstdio>
#include <string>

#include "service/cli_assess.h"
#include "service/cli_common.h"
#include "service/cli_serve.h"
#include "service/cli_terminology.h"

namespace {

constexpr const char* kUsage =
    "usage: spinecds <command> [options]\n"
    "\n"
    "commands:\n"
    "  serve    run the CDS Hooks service\n"
    "  assess   assess one hook request file offline\n"
    "  extract  print the findings in a sentence, as JSON\n"
    "  levels   print how a vertebral level string parses\n"
    "\n"
    "Run 'spinecds <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace spinecds::service;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::puts("spinecds 0.1.0");
    return 0;
  }
  if (command == "serve") return run_serve_command(argc - 1, argv + 1);
  if (command == "assess") return run_assess_command(argc - 1, argv + 1);
  if (command == "extract") return run_extract_command(argc - 1, argv + 1);
  if (command == "levels") return run_levels_command(argc - 1, argv + 1);
  std::fprintf(stderr, "spinecds: unknown command '%s' (see 'spinecds --help')\n",
               command.c_str());
  return kExitUsage;
}
