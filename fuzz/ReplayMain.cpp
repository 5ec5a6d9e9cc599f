// Without libFuzzer (the normal and the sanitizer builds): runs a harness once over every file it is given, and every
// file in the folders it is given, so CTest replays the seed corpus and every input that once crashed.
//   <name>_fuzzer FILE|FOLDER...
#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path &argument)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(argument)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(argument)) {
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        }
        std::sort(inputs.begin(), inputs.end());
    } else {
        inputs.push_back(argument);
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument.rfind('-', 0) == 0)
            continue; // a libFuzzer option (-runs=0 ...): nothing to do here
        if (!std::filesystem::exists(argument)) {
            std::cerr << argument << ": no such file or folder\n";
            return 2;
        }
        for (const auto &path : inputsOf(argument)) {
            std::ifstream file(path, std::ios::binary);
            const std::vector<char> content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
            if (!file.good() && !file.eof()) {
                std::cerr << path.string() << ": cannot be read\n";
                return 2;
            }
            std::cout << "replaying " << path.string() << " (" << content.size() << " bytes)" << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(content.data()), content.size());
            ++replayed;
        }
    }
    std::cout << replayed << " inputs replayed, none failed" << std::endl;
    return replayed > 0 ? 0 : 2;
}
