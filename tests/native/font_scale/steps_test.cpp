#include "font_scale/steps.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

TEST(FontScaleSteps, DefaultsReachTwoHundredPercentForWcag144) {
  const auto steps = default_font_scale_steps();
  EXPECT_EQ(steps.front(), 87.5);
  EXPECT_EQ(steps.back(), 200.0);
  EXPECT_EQ(font_scale_steps_problem(steps), "");
}

TEST(FontScaleSteps, RejectsUnusableLists) {
  EXPECT_NE(font_scale_steps_problem({}), "");
  EXPECT_NE(font_scale_steps_problem({100}), "");
  EXPECT_NE(font_scale_steps_problem({100, 100}), "");
  EXPECT_NE(font_scale_steps_problem({150, 100}), "");
  EXPECT_NE(font_scale_steps_problem({10, 100}), "");
  EXPECT_NE(font_scale_steps_problem({100, 1000}), "");
  EXPECT_NE(font_scale_steps_problem({100, NAN}), "");
  EXPECT_NE(font_scale_steps_problem(std::vector<double>(21, 100)), "");
}

TEST(FontScaleSteps, NearestStepPrefersTheLowerOnATie) {
  const std::vector<double> steps{100, 125, 150};
  EXPECT_EQ(nearest_step(steps, 100), 0u);
  EXPECT_EQ(nearest_step(steps, 137), 1u);
  EXPECT_EQ(nearest_step(steps, 140), 2u);
  EXPECT_EQ(nearest_step(steps, 112.5), 0u);
  EXPECT_EQ(nearest_step(steps, 10), 0u);
  EXPECT_EQ(nearest_step(steps, 400), 2u);
}

}  // namespace pw
