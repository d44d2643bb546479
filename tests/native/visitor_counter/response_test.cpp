#include "visitor_counter/response.h"

#include <gtest/gtest.h>

#include <string>

namespace pw {

const CounterMap kV1{};
constexpr const char* kSeedPageCounter =
    R"({"online": 8, "today": 2451, "total": 1121895, "asOf": "2022-02-18T09:30:00+07:00", "pollSeconds": 30})";

TEST(CounterResponse, ReadsEndpointJsonV1) {
  const auto response = parse_counter_response(kSeedPageCounter, kV1);
  EXPECT_EQ(response.error, CounterResponseError::none);
  EXPECT_EQ(response.values, (CounterValues{8, 2451, 1121895}));
  EXPECT_EQ(response.poll_seconds, 30.0);
}

TEST(CounterResponse, ReadsOtherShapesThroughTheMap) {
  const CounterMap dnn{"/d/UsersOnline", "/d/VisitsToday", "/d/VisitsTotal"};
  const auto response = parse_counter_response(
      R"({"d":{"UsersOnline":"8","VisitsToday":2451,"VisitsTotal":1121895}})", dnn);
  EXPECT_EQ(response.error, CounterResponseError::none);
  EXPECT_EQ(response.values, (CounterValues{8, 2451, 1121895}));
  EXPECT_EQ(response.poll_seconds, std::nullopt);
}

TEST(CounterResponse, NamesWhatIsWrong) {
  struct Case {
    const char* body;
    CounterResponseError error;
    const char* field;
  };
  for (const Case& c : {
           Case{"", CounterResponseError::malformed, ""},
           Case{"<html>500</html>", CounterResponseError::malformed, ""},
           Case{R"({"online":8,"today":2451})", CounterResponseError::missing_field, "total"},
           Case{R"({"online":"many","today":1,"total":2})", CounterResponseError::wrong_type, "online"},
           Case{R"({"online":true,"today":1,"total":2})", CounterResponseError::wrong_type, "online"},
           Case{R"({"online":8.5,"today":1,"total":2})", CounterResponseError::wrong_type, "online"},
           Case{R"({"online":"<img src=x onerror=alert(1)>","today":1,"total":2})", CounterResponseError::wrong_type, "online"},
           Case{R"({"online":1,"today":-3,"total":2})", CounterResponseError::negative, "today"},
           Case{R"({"online":1,"today":3,"total":9007199254740992})", CounterResponseError::beyond_exact, "total"},
           Case{R"({"online":1,"today":3,"total":1e300})", CounterResponseError::beyond_exact, "total"},
           Case{"[8, 2451, 1121895]", CounterResponseError::missing_field, "online"},
       }) {
    const auto response = parse_counter_response(c.body, kV1);
    EXPECT_EQ(response.error, c.error) << c.body;
    EXPECT_EQ(response.field, c.field) << c.body;
    EXPECT_FALSE(describe(response).empty());
  }
}

TEST(CounterResponse, RefusesBodiesOverSixtyFourKilobytes) {
  const std::string huge = R"({"online":1,"today":1,"total":1,"pad":")" + std::string(1 << 20, 'x') + "\"}";
  EXPECT_EQ(parse_counter_response(huge, kV1).error, CounterResponseError::too_large);
}

TEST(CounterResponse, ErrorCodesAreStable) {
  EXPECT_STREQ(error_code(CounterResponseError::malformed), "bad-json");
  EXPECT_STREQ(error_code(CounterResponseError::negative), "bad-value");
  EXPECT_STREQ(error_code(CounterResponseError::missing_field), "missing-value");
}

}  // namespace pw
