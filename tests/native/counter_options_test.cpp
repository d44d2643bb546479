#include "counter_options.h"

#include <gtest/gtest.h>

namespace pw {

OptionLayers named(std::string json) { return {"", std::move(json), "", ""}; }

TEST(CounterOptions, NamedAttributesArriveAsStrings) {
  const auto parsed = parse_counter_options(named(
      R"({"endpoint":"/api/visitors","interval":"60","map":"{\"online\":\"/d/UsersOnline\"}"})"));
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_EQ(parsed.options.endpoint, "/api/visitors");
  EXPECT_EQ(parsed.options.interval_seconds, 60);
  EXPECT_EQ(parsed.options.map.online, "/d/UsersOnline");
  EXPECT_EQ(parsed.options.map.today, "/today");
}

TEST(CounterOptions, DefaultsAreVietnameseThirtySecondsAndV1Map) {
  const auto parsed = parse_counter_options(named(R"({"endpoint":"/a"})"));
  EXPECT_EQ(parsed.options.interval_seconds, 30);
  EXPECT_EQ(parsed.options.strings.pause, "Tạm dừng cập nhật");
  EXPECT_EQ(parsed.options.format.group_from_digits, 5);
}

TEST(CounterOptions, MissingEndpointIsReported) {
  EXPECT_EQ(parse_counter_options({}).warnings.size(), 1u);
}

TEST(CounterOptions, BadIntervalAndMapKeepDefaultsWithWarnings) {
  for (const char* json : {R"({"endpoint":"/a","interval":"5"})", R"({"endpoint":"/a","interval":"abc"})",
                           R"({"endpoint":"/a","interval":"1e9"})", R"({"endpoint":"/a","map":"{oops"})",
                           R"({"endpoint":"/a","map":{"online":"d/x"}})"}) {
    const auto parsed = parse_counter_options(named(json));
    EXPECT_EQ(parsed.options.interval_seconds, 30) << json;
    EXPECT_EQ(parsed.options.map.online, "/online") << json;
    EXPECT_EQ(parsed.warnings.size(), 1u) << json;
  }
}

TEST(CounterOptions, EnglishStringsAndOverrides) {
  const auto parsed = parse_counter_options(
      {R"({"strings":{"stale":"as of {time}"}})", R"({"endpoint":"/a"})", "", "en"});
  EXPECT_EQ(parsed.options.strings.pause, "Pause live updates");
  EXPECT_EQ(parsed.options.strings.stale, "as of {time}");
}

}  // namespace pw
