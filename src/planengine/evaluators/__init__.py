"""planengine's built-in evaluators: growth-rate, count-threshold and amount-threshold."""
