#include "visitor_counter/tab.h"

#include <gtest/gtest.h>

namespace pw {

constexpr CounterTab kLeaderInView{false, true, true, true};

TEST(CounterTab, TheVisibleLeaderAsksWhileOnlineAndNotPaused) {
  EXPECT_TRUE(counter_polls(kLeaderInView));
  EXPECT_TRUE(counter_may_request(kLeaderInView));
}

TEST(CounterTab, AFollowerNeverAsks) {
  CounterTab follower = kLeaderInView;
  follower.leading = false;
  EXPECT_FALSE(counter_polls(follower));
  EXPECT_FALSE(counter_may_request(follower));
  EXPECT_TRUE(counter_takes_part(follower));  // it waits for the lead
}

TEST(CounterTab, PausedTheTabNeitherAsksNorCompetes) {
  CounterTab paused = kLeaderInView;
  paused.paused = true;
  EXPECT_FALSE(counter_polls(paused));
  EXPECT_FALSE(counter_may_request(paused));
  EXPECT_FALSE(counter_takes_part(paused));
}

TEST(CounterTab, HiddenTheTabStepsBackAndAsksNothing) {
  CounterTab hidden = kLeaderInView;
  hidden.visible = false;
  EXPECT_FALSE(counter_takes_part(hidden));
  EXPECT_FALSE(counter_may_request(hidden));
}

TEST(CounterTab, OfflineTheLeaderKeepsTheLeadButWaits) {
  CounterTab offline = kLeaderInView;
  offline.online = false;
  EXPECT_TRUE(counter_polls(offline));
  EXPECT_TRUE(counter_takes_part(offline));
  EXPECT_FALSE(counter_may_request(offline));
}

}  // namespace pw
