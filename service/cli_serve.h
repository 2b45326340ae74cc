#pragma once
namespace spinecds::service {
// spinecds serve [--config FILE] [--port N] [--bind ADDR] [--no-auth]
int run_serve_command(int argc, char** argv);
}  // namespace spinecds::service
