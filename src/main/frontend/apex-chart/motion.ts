/*
 * A reader who asked the system for less motion (prefers-reduced-motion) gets charts without animation,
 * whatever the configuration says.
 */
import type { Json } from './formats';

export function calm(config: Json): Json {
  if (!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return config;
  return { ...config, chart: { ...config.chart, animations: { ...config.chart?.animations, enabled: false } } };
}
