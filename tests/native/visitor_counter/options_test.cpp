#include "visitor_counter/options.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <tuple>
#include <vector>

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

TEST(CounterOptions, RecordingPageViewsIsOptIn) {
  EXPECT_FALSE(parse_counter_options(named(R"({"endpoint":"/a"})")).options.record);
  for (const char* json : {R"({"endpoint":"/a","record":"true"})", R"({"endpoint":"/a","record":""})",
                           R"({"endpoint":"/a","record":true})"}) {
    const auto parsed = parse_counter_options(named(json));
    EXPECT_TRUE(parsed.options.record) << json;
    EXPECT_TRUE(parsed.warnings.empty()) << json;
  }
  const auto wrong = parse_counter_options(named(R"({"endpoint":"/a","record":"yes"})"));
  EXPECT_FALSE(wrong.options.record);
  ASSERT_EQ(wrong.warnings.size(), 1u);
  EXPECT_NE(wrong.warnings[0].find("record"), std::string::npos) << wrong.warnings[0];
}

TEST(CounterOptions, AMountOptionOutsideTheWebLeavesTheAttributesEndpointInUse) {
  const auto parsed = parse_counter_options({"", R"({"endpoint":"/api/visitors"})", R"({"endpoint":"javascript:x"})", ""});
  EXPECT_EQ(parsed.options.endpoint, "/api/visitors");
  EXPECT_EQ(parsed.warnings, std::vector<std::string>{"mount() option \"endpoint\" \"javascript:x\" must be an http(s) or "
                                                      "relative URL; data-pw-endpoint is used"});
}

TEST(CounterOptions, MissingEndpointIsReported) {
  EXPECT_EQ(parse_counter_options({}).warnings.size(), 1u);
}

TEST(CounterOptions, AnEndpointOutsideTheWebIsRefusedWithItsReason) {
  for (const char* json : {R"j({"endpoint":"javascript:alert(1)"})j", R"({"endpoint":" JaVa\tScript:x"})",
                           R"({"endpoint":"data:application/json,{\"online\":9}"})",
                           R"({"endpoint":"blob:https://a.vn/1"})", R"({"endpoint":"file:///c/visits.json"})"}) {
    const auto parsed = parse_counter_options(named(json));
    EXPECT_EQ(parsed.options.endpoint, "") << json;
    ASSERT_EQ(parsed.warnings.size(), 1u) << json;
    // The warning names the value refused.
    EXPECT_EQ(parsed.warnings[0].rfind("data-pw-endpoint \"", 0), 0u) << json;
    EXPECT_NE(parsed.warnings[0].find("\" must be an http(s) or relative URL; the numbers stay as the page rendered them"),
              std::string::npos)
        << json;
  }
}

TEST(CounterOptions, AnEndpointIsKeptAsTheBrowserWillReadIt) {
  for (const auto& [json, endpoint] : std::initializer_list<std::pair<const char*, const char*>>{
           {R"({"endpoint":" /api/visitors\n"})", "/api/visitors"},
           {R"({"endpoint":"HTTPS://thongke.example.vn/v1"})", "HTTPS://thongke.example.vn/v1"},
           {R"({"endpoint":"//thongke.example.vn/v1"})", "//thongke.example.vn/v1"},
           {R"({"endpoint":"thong-ke?x=a:b"})", "thong-ke?x=a:b"}}) {
    const auto parsed = parse_counter_options(named(json));
    EXPECT_TRUE(parsed.warnings.empty()) << json;
    EXPECT_EQ(parsed.options.endpoint, endpoint) << json;
  }
}

TEST(CounterOptions, AnIntervalOutOfRangeTakesTheNearestBoundAndNoNumberTheDefault) {
  for (const auto& [json, seconds, warning] :
       std::initializer_list<std::tuple<const char*, double, const char*>>{
           {R"({"endpoint":"/a","interval":"5"})", 10,
            "data-pw-interval is 5, below the minimum of 10 seconds; 10 is used"},
           {R"({"endpoint":"/a","interval":"1e9"})", 3600,
            "data-pw-interval is 1000000000, above the maximum of 3600 seconds; 3600 is used"},
           {R"({"endpoint":"/a","interval":"abc"})", 30,
            "data-pw-interval \"abc\" is not a number; the default, 30 seconds, is used"}}) {
    const auto parsed = parse_counter_options(named(json));
    EXPECT_EQ(parsed.options.interval_seconds, seconds) << json;
    EXPECT_EQ(parsed.warnings, std::vector<std::string>{warning}) << json;
  }
}

TEST(CounterOptions, ABadMapKeepsTheDefaultWithAWarning) {
  for (const char* json : {R"({"endpoint":"/a","map":"{oops"})", R"({"endpoint":"/a","map":{"online":"d/x"}})"}) {
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
