#include "core/bounded_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pw {

TEST(BoundedList, StartsEmpty) {
  const BoundedList<int, 3> list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(list.begin(), list.end());
}

TEST(BoundedList, KeepsItemsInTheOrderPushed) {
  BoundedList<std::string, 3> list;
  list.push_back("previous");
  list.push_back("current");
  EXPECT_FALSE(list.empty());
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0], "previous");
  EXPECT_EQ(list[1], "current");
  EXPECT_EQ(std::vector<std::string>(list.begin(), list.end()),
            (std::vector<std::string>{"previous", "current"}));
}

TEST(BoundedList, DropsPushesPastItsCapacity) {
  BoundedList<int, 3> list;
  for (int i = 1; i <= 5; ++i) list.push_back(i);
  EXPECT_EQ(list.size(), 3u);
  EXPECT_EQ(std::vector<int>(list.begin(), list.end()), (std::vector<int>{1, 2, 3}));
}

TEST(BoundedList, ItemsCanBeChangedInPlace) {
  BoundedList<int, 2> list;
  list.push_back(1);
  for (int& item : list) item *= 10;
  list[0] += 1;
  EXPECT_EQ(list[0], 11);
}

}  // namespace pw
