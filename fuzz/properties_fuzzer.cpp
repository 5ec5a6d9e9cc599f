// The cockpit's .properties destination files (Java Properties rules: escapes, \uXXXX, continuation lines, comments
// naming secrets removed on export), read the way validate and the wizard read them; and what the export writes of
// them, which must read back the same.
#include "FuzzSupport.h"
#include "formats/PropertiesFormat.h"
#include "model/Destination.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PropertiesFormat::Parsed parsed = PropertiesFormat::parse(Fuzz::bytes(data, size));
    const Destination destination(parsed.properties);
    const QByteArray written = PropertiesFormat::write(destination, true, Fuzz::now());
    const PropertiesFormat::Parsed again = PropertiesFormat::parse(written);
    Fuzz::check(again.properties == parsed.properties, "what the export writes reads back as the same properties");
    return 0;
}
