/* test-graph.c
 *
 * LadingGraph and LadingSparkline rendered to textures with no, one, many and
 * NaN samples: no criticals, and colour exactly where the data is.  Also the
 * tooltip, the accessible description, and that a hidden graph does no work
 * for new samples.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "lading-graph-private.h"
#include "lading-sparkline.h"
#include "lading-test-widgets.h"
#include "lading-widgets.h"

#define NBSP "\u00a0"

/* Pure red series on a transparent background: a pixel is the series' when
 * red clearly dominates, which neither grid lines nor labels do. */
static const char test_css[] =
  "lading-graph .swatch.test, lading-sparkline.test { color: rgb(255, 0, 0); }";

typedef struct
{
  GtkWindow        *window;
  GtkWidget        *widget;
  LadingTimeSeries *series;
  gint64            end_us;
} Fixture;

static gboolean
watchdog_cb (gpointer data)
{
  g_error ("Timed out waiting for %s", (const char *)data);
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @cond holds; the watchdog fails the test if it
 * never does. */
#define AWAIT(cond) G_STMT_START {                                   \
    guint watchdog_id = g_timeout_add_seconds (10, watchdog_cb, (gpointer) #cond); \
    while (!(cond))                                                  \
      g_main_context_iteration (NULL, TRUE);                         \
    g_source_remove (watchdog_id);                                   \
  } G_STMT_END

static void
fixture_show (Fixture   *fixture,
              GtkWidget *widget,
              int        width,
              int        height)
{
  /* Samples end in the future, so the time axis ends at the newest one
   * rather than at the clock, and pixel positions are exact. */
  fixture->end_us = g_get_real_time () + G_TIME_SPAN_HOUR;
  fixture->series = lading_time_series_new (120);
  fixture->widget = widget;
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_set_size_request (widget, width, height);
  gtk_widget_add_css_class (widget, "test");
  gtk_window_set_child (fixture->window, widget);
  gtk_window_present (fixture->window);
  AWAIT (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) == width);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->series);
}

/* 61 samples a second apart ending at fixture->end_us; NaN from @gap_from
 * to @gap_to, the given value elsewhere. */
static void
fill_series (Fixture *fixture,
             double   value,
             guint    gap_from,
             guint    gap_to)
{
  for (guint i = 0; i <= 60; i++)
    lading_time_series_append (fixture->series,
                               fixture->end_us - (60 - i) * G_TIME_SPAN_SECOND,
                               i >= gap_from && i < gap_to ? NAN : value);
}

typedef struct
{
  guint8 *pixels;
  gsize   stride;
  int     width;
  int     height;
} Image;

static void
image_clear (Image *image)
{
  g_clear_pointer (&image->pixels, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Image, image_clear)

static void
painted_cb (gboolean *painted)
{
  *painted = TRUE;
}

/* Waits for the window's next frame, which lays out what changed. */
static void
await_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler_id;

  handler_id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  AWAIT (painted);
  g_signal_handler_disconnect (clock, handler_id);
}

/* Draws @widget alone, in its own coordinates, as the window's renderer does. */
static void
render (GtkWidget *widget,
        Image     *image)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_point_t origin;

  await_frame (widget);
  image->width = gtk_widget_get_width (widget);
  image->height = gtk_widget_get_height (widget);
  g_assert_true (gtk_widget_compute_point (widget, parent, &GRAPHENE_POINT_INIT (0, 0), &origin));

  /* snapshot_child places the child where its parent has it; undo that. */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-origin.x, -origin.y));
  gtk_widget_snapshot_child (parent, widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  image->stride = image->width * 4;
  image->pixels = g_malloc0 (image->stride * image->height);

  /* A widget that draws nothing gives no node at all. */
  if (node == NULL)
    return;

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, image->width, image->height));
  gdk_texture_download (texture, image->pixels, image->stride);
}

/* Premultiplied BGRA (cairo's ARGB32 in memory on little-endian machines). */
static gboolean
is_red (const Image *image,
        int          x,
        int          y)
{
  const guint8 *pixel;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, image->width);
  g_assert_cmpint (y, <, image->height);

  pixel = image->pixels + y * image->stride + x * 4;
  return pixel[2] > pixel[1] + 30 && pixel[2] > pixel[0] + 30;
}

/* Any red pixel in the column at @x between the fractions @from and @to of
 * the plot's height from the top. */
static gboolean
column_has_red (const Image           *image,
                const graphene_rect_t *bounds,
                double                 x,
                double                 from,
                double                 to)
{
  int top = bounds->origin.y + from * bounds->size.height;
  int bottom = bounds->origin.y + to * bounds->size.height;

  for (int y = top; y < bottom; y++)
    {
      if (is_red (image, (int)x, y))
        return TRUE;
    }

  return FALSE;
}

static LadingGraph *
show_graph (Fixture *fixture)
{
  GtkWidget *graph = lading_graph_new (LADING_GRAPH_UNIT_PERCENT);

  lading_graph_set_range (LADING_GRAPH (graph), G_TIME_SPAN_MINUTE);
  lading_graph_set_title (LADING_GRAPH (graph), "Processor");
  fixture_show (fixture, graph, 400, 240);
  lading_graph_add_series (LADING_GRAPH (graph), fixture->series, "Test", "test");

  return LADING_GRAPH (graph);
}

static void
test_graph_empty (Fixture       *fixture,
                  gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;

  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, ==, 100);
  for (double x = plot.bounds.origin.x; x < plot.bounds.origin.x + plot.bounds.size.width; x += 5)
    g_assert_false (column_has_red (&image, &plot.bounds, x, 0, 1));

  g_assert_true (lading_test_shows_text (GTK_WIDGET (graph), "\u2014"));
  g_assert_null (_lading_graph_dup_tooltip_text (graph, plot.bounds.origin.x + 10));
}

static void
test_graph_one_sample (Fixture       *fixture,
                       gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;
  double x;
  double y;

  lading_time_series_append (fixture->series, fixture->end_us, 50);
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));

  /* A dot at the right edge, half way up. */
  x = _lading_graph_plot_x (&plot, fixture->end_us);
  y = _lading_graph_plot_y (&plot, 50);
  g_assert_cmpfloat_with_epsilon (x, plot.bounds.origin.x + plot.bounds.size.width, 0.5);
  g_assert_true (is_red (&image, x - 1, y));
  g_assert_false (column_has_red (&image, &plot.bounds, plot.bounds.origin.x + 20, 0, 1));
}

static void
test_graph_many (Fixture       *fixture,
                 gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;
  double middle;

  fill_series (fixture, 100, 0, 0);
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, ==, 100);
  middle = plot.bounds.origin.x + plot.bounds.size.width / 2;

  /* At 100 % the line runs along the top and the area fills below it. */
  g_assert_true (column_has_red (&image, &plot.bounds, middle, 0, 0.05));
  g_assert_true (column_has_red (&image, &plot.bounds, middle, 0.45, 0.55));
  g_assert_true (column_has_red (&image, &plot.bounds, middle, 0.9, 0.98));

  /* At 0 % nothing above the bottom edge is coloured. */
  lading_time_series_clear (fixture->series);
  fill_series (fixture, 0, 0, 0);
  image_clear (&image);
  render (GTK_WIDGET (graph), &image);
  g_assert_false (column_has_red (&image, &plot.bounds, middle, 0, 0.95));

  /* Above one CPU the axis grows to round steps. */
  lading_time_series_append (fixture->series, fixture->end_us + 1, 330);
  image_clear (&image);
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, ==, 400);
}

static void
test_graph_gap (Fixture       *fixture,
                gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;
  gint64 start_us = fixture->end_us - G_TIME_SPAN_MINUTE;

  fill_series (fixture, 100, 20, 40);
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));

  /* Samples 20 to 39 are NaN: the column at 30 s is empty, its sides not. */
  g_assert_true (column_has_red (&image, &plot.bounds,
                                 _lading_graph_plot_x (&plot, start_us + 10 * G_TIME_SPAN_SECOND),
                                 0.2, 0.8));
  g_assert_false (column_has_red (&image, &plot.bounds,
                                  _lading_graph_plot_x (&plot, start_us + 30 * G_TIME_SPAN_SECOND),
                                  0, 1));
  g_assert_true (column_has_red (&image, &plot.bounds,
                                 _lading_graph_plot_x (&plot, start_us + 50 * G_TIME_SPAN_SECOND),
                                 0.2, 0.8));
}

static void
test_graph_limit (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *widget = lading_graph_new (LADING_GRAPH_UNIT_BYTES);
  g_autoptr(LadingTimeSeries) limit = lading_time_series_new (4);
  LadingGraph *graph = LADING_GRAPH (widget);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;

  fixture_show (fixture, widget, 400, 240);
  lading_graph_set_range (graph, G_TIME_SPAN_MINUTE);
  lading_graph_add_series (graph, fixture->series, "Memory", "test");
  lading_graph_set_limit (graph, limit);
  fill_series (fixture, 300 * 1024 * 1024, 0, 0);

  /* No limit value yet: no legend entry for it. */
  g_assert_false (lading_test_shows_text (widget, "Limit"));

  /* A limit near the data is in the scale and the legend. */
  lading_time_series_append (limit, fixture->end_us, 512 * 1024 * 1024);
  render (widget, &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, >=, 512 * 1024 * 1024);
  g_assert_cmpfloat (plot.top, <, 1024 * 1024 * 1024);
  g_assert_true (lading_test_shows_text (widget, "Limit"));
  g_assert_true (lading_test_shows_text (widget, "512" NBSP "MiB"));

  /* The host's memory, for a container without a limit, is not. */
  lading_time_series_append (limit, fixture->end_us, 16.0 * 1024 * 1024 * 1024);
  image_clear (&image);
  render (widget, &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, <, 512 * 1024 * 1024);

  lading_graph_set_limit (graph, NULL);
  g_assert_false (lading_test_shows_text (widget, "Limit"));
}

static void
test_graph_tooltip (Fixture       *fixture,
                    gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_autofree char *text = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *expected_time = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;
  gint64 sample_us = fixture->end_us - 30 * G_TIME_SPAN_SECOND;
  double x;

  fill_series (fixture, 42, 0, 0);
  lading_graph_add_marker (graph, sample_us, "Restarted");
  lading_graph_add_marker (graph, fixture->end_us - 2 * G_TIME_SPAN_HOUR, "Too old");
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));

  /* Just off a sample: the nearest one's time and value. */
  x = _lading_graph_plot_x (&plot, fixture->end_us - 20 * G_TIME_SPAN_SECOND) + 1;
  when = g_date_time_new_from_unix_local ((fixture->end_us - 20 * G_TIME_SPAN_SECOND) /
                                          G_USEC_PER_SEC);
  expected_time = g_date_time_format (when, "%X");
  text = _lading_graph_dup_tooltip_text (graph, x);
  g_assert_true (g_str_has_prefix (text, expected_time));
  g_assert_cmpstr (text + strlen (expected_time), ==, "\nTest: 42" NBSP "%");

  /* On a marker, its label too. */
  marked = _lading_graph_dup_tooltip_text (graph, _lading_graph_plot_x (&plot, sample_us));
  g_assert_true (g_str_has_suffix (marked, "\nTest: 42" NBSP "%\nRestarted"));

  /* Outside the plot, none. */
  g_assert_null (_lading_graph_dup_tooltip_text (graph, 0));

  lading_graph_clear_markers (graph);
  g_clear_pointer (&marked, g_free);
  marked = _lading_graph_dup_tooltip_text (graph, _lading_graph_plot_x (&plot, sample_us));
  g_assert_false (g_str_has_suffix (marked, "Restarted"));
}

static gboolean
has_description (GtkWidget  *widget,
                 const char *expected)
{
  g_autofree char *error = NULL;

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  return error == NULL;
}

static void
test_graph_accessible (Fixture       *fixture,
                       gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_autoptr(LadingTimeSeries) system = lading_time_series_new (4);

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (graph), GTK_ACCESSIBLE_ROLE_IMG));
  gtk_test_accessible_assert_property (graph, GTK_ACCESSIBLE_PROPERTY_LABEL, "Processor");
  AWAIT (has_description (GTK_WIDGET (graph), "Test: no data"));

  lading_graph_add_series (graph, system, "System", "memory");
  lading_time_series_append (fixture->series, fixture->end_us, 42.4);
  lading_time_series_append (system, fixture->end_us, 7.54);

  /* At most once a second, but it does come. */
  AWAIT (has_description (GTK_WIDGET (graph), "Test 42" NBSP "%, System 7.5" NBSP "%"));
}

static void
test_graph_unmapped (Fixture       *fixture,
                     gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  guint n_updates;

  lading_time_series_append (fixture->series, fixture->end_us, 10);
  g_assert_true (lading_test_shows_text (GTK_WIDGET (graph), "10" NBSP "%"));

  gtk_widget_set_visible (GTK_WIDGET (graph), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (graph)));
  n_updates = _lading_graph_get_n_updates (graph);

  /* Hidden, new samples cost nothing: no update, no draw, no legend text. */
  for (guint i = 1; i <= 100; i++)
    lading_time_series_append (fixture->series, fixture->end_us + i, 20);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (_lading_graph_get_n_updates (graph), ==, n_updates);
  gtk_widget_set_visible (GTK_WIDGET (graph), TRUE);

  /* Shown again, it catches up at once. */
  AWAIT (gtk_widget_get_mapped (GTK_WIDGET (graph)));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (graph), "20" NBSP "%"));
  lading_time_series_append (fixture->series, fixture->end_us + 200, 30);
  g_assert_cmpuint (_lading_graph_get_n_updates (graph), ==, n_updates + 1);
}

static void
test_sparkline (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *widget = lading_sparkline_new ();
  LadingSparkline *sparkline = LADING_SPARKLINE (widget);
  g_auto(Image) image = { NULL };
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 1.5, 80, 17);

  fixture_show (fixture, widget, 80, 20);
  lading_sparkline_set_max (sparkline, 100);
  lading_sparkline_set_range (sparkline, G_TIME_SPAN_MINUTE);

  /* No series, then an empty one: nothing drawn, no criticals. */
  render (widget, &image);
  lading_sparkline_set_series (sparkline, fixture->series);
  image_clear (&image);
  render (widget, &image);
  for (int x = 0; x < 80; x += 4)
    g_assert_false (column_has_red (&image, &bounds, x, 0, 1));

  fill_series (fixture, 100, 20, 40);
  image_clear (&image);
  render (widget, &image);
  g_assert_true (column_has_red (&image, &bounds, 80 * 10 / 60., 0, 0.1));
  g_assert_true (column_has_red (&image, &bounds, 80 * 10 / 60., 0.5, 0.9));
  g_assert_false (column_has_red (&image, &bounds, 80 * 30 / 60., 0, 1));
  g_assert_true (column_has_red (&image, &bounds, 80 * 50 / 60., 0.5, 0.9));

  /* Half of the fixed maximum reaches half way up. */
  lading_time_series_append (fixture->series, fixture->end_us + 10 * G_TIME_SPAN_SECOND, 50);
  image_clear (&image);
  render (widget, &image);
  g_assert_false (column_has_red (&image, &bounds, 79, 0, 0.3));
  g_assert_true (column_has_red (&image, &bounds, 79, 0.4, 0.6));

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_IMG));
  AWAIT (has_description (widget, "50" NBSP "%"));

  /* A flat line across the whole range, then the same value again (what an
   * idle container's figures do, which needs no redraw), then another. */
  lading_time_series_clear (fixture->series);
  fill_series (fixture, 50, 0, 0);
  lading_time_series_append (fixture->series, fixture->end_us + G_TIME_SPAN_SECOND, 50);
  image_clear (&image);
  render (widget, &image);
  for (int x = 0; x < 80; x += 4)
    g_assert_true (column_has_red (&image, &bounds, x, 0.4, 0.6));
  lading_time_series_append (fixture->series, fixture->end_us + 2 * G_TIME_SPAN_SECOND, 100);
  image_clear (&image);
  render (widget, &image);
  g_assert_true (column_has_red (&image, &bounds, 79, 0, 0.1));
  g_assert_false (column_has_red (&image, &bounds, 40, 0, 0.3));

  lading_sparkline_set_series (sparkline, NULL);
  image_clear (&image);
  render (widget, &image);
}

/* An hour of samples, one a second, in a 300 px plot: at most a lowest and
 * a highest point per pixel column, and the one peak among them kept. */
static void
test_graph_decimate (void)
{
  g_autoptr(LadingTimeSeries) series = lading_time_series_new (3600);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  gint64 start_us = G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC;
  LadingGraphPlot plot = {
    GRAPHENE_RECT_INIT (0, 0, 300, 100), start_us, start_us + (gint64)3599 * G_USEC_PER_SEC, 100,
  };
  gboolean peak_kept = FALSE;

  for (guint i = 0; i < 3600; i++)
    lading_time_series_append (series, start_us + (gint64)i * G_USEC_PER_SEC,
                               i == 1234 ? 100 : 20 + 10 * sin (i / 10.0));
  g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 3600);

  _lading_graph_plot_decimate (&plot, series, 0, 3600, points);
  g_assert_cmpuint (points->len, >=, 300);
  g_assert_cmpuint (points->len, <=, 2 * 301);

  for (guint i = 0; i < points->len; i++)
    {
      const graphene_point_t *point = &g_array_index (points, graphene_point_t, i);

      if (i > 0)
        g_assert_cmpfloat (point->x, >=, g_array_index (points, graphene_point_t, i - 1).x);
      peak_kept |= G_APPROX_VALUE (point->y, 0.0, 1e-9);
    }
  g_assert_true (peak_kept);

  /* Ten seconds of them over the same width are all kept. */
  plot.end_us = start_us + 9 * G_USEC_PER_SEC;
  g_array_set_size (points, 0);
  _lading_graph_plot_decimate (&plot, series, 0, 10, points);
  g_assert_cmpuint (points->len, ==, 10);
}

/* The stylesheet the application loads gives every series class a colour. */
static void
test_graph_css (Fixture       *fixture,
                gconstpointer  data)
{
  const char *classes[] = {
    "cpu", "memory", "rx", "tx", "read", "write", "pids", "limit",
    "series-0", "series-1", "series-2", "series-3", "series-4", "series-5",
  };
  LadingGraph *graph = show_graph (fixture);
  GdkRGBA foreground;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (graph)), &foreground);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      g_autoptr(LadingTimeSeries) series = lading_time_series_new (1);
      GtkWidget *swatch;
      GdkRGBA color;

      lading_graph_add_series (graph, series, classes[i], classes[i]);
      /* graph → legend → its last flow box child → entry → swatch */
      swatch = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_last_child (
                 gtk_widget_get_first_child (GTK_WIDGET (graph)))));
      g_assert_true (gtk_widget_has_css_class (swatch, classes[i]));
      gtk_style_context_get_color (gtk_widget_get_style_context (swatch), &color);
      g_assert_false (gdk_rgba_equal (&color, &foreground));
    }
}

/* Stacked, each series sits on those below it at the same times; a gap
 * stays a gap, and a series with no sample at a time adds nothing there. */
static void
test_graph_stack (void)
{
  g_autoptr(LadingTimeSeries) bottom = lading_time_series_new (8);
  g_autoptr(LadingTimeSeries) top = lading_time_series_new (8);
  g_autoptr(GPtrArray) stacked = NULL;
  LadingTimeSeries *series[] = { bottom, top };
  static const double expected[] = { 11, NAN, 33, 40 };

  lading_time_series_append (bottom, 1, 10);
  lading_time_series_append (bottom, 2, 20);
  lading_time_series_append (bottom, 3, 30);
  lading_time_series_append (top, 1, 1);
  lading_time_series_append (top, 2, NAN);
  lading_time_series_append (top, 3, 3);
  lading_time_series_append (top, 4, 40);

  stacked = _lading_graph_stack (series, G_N_ELEMENTS (series), 0);
  g_assert_cmpuint (stacked->len, ==, 2);
  g_assert_cmpuint (lading_time_series_get_n_points (g_ptr_array_index (stacked, 1)), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint64 time_us;
      double value;

      lading_time_series_get_point (g_ptr_array_index (stacked, 1), i, &time_us, &value);
      g_assert_cmpint (time_us, ==, i + 1);
      if (isnan (expected[i]))
        g_assert_true (isnan (value));
      else
        g_assert_cmpfloat (value, ==, expected[i]);
    }
}

/* Two series at 60 %: stacked, the axis reaches past their 120 % total. */
static void
test_graph_stacked (Fixture       *fixture,
                    gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_autoptr(LadingTimeSeries) other = lading_time_series_new (64);
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;

  lading_graph_add_series (graph, other, "Other", "cpu");
  fill_series (fixture, 60, 0, 0);
  for (guint i = 0; i < lading_time_series_get_n_points (fixture->series); i++)
    {
      gint64 time_us;

      lading_time_series_get_point (fixture->series, i, &time_us, NULL);
      lading_time_series_append (other, time_us, 60);
    }

  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, ==, 100);

  lading_graph_set_stacked (graph, TRUE);
  image_clear (&image);
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_cmpfloat (plot.top, >=, 120);
  /* The legend still gives each series' own value. */
  g_assert_true (lading_test_shows_text (GTK_WIDGET (graph), "60" NBSP "%"));
  g_assert_false (lading_test_shows_text (GTK_WIDGET (graph), "120" NBSP "%"));
}

/* Cleared, a graph has no series, legend entries or markers left. */
static void
test_graph_clear (Fixture       *fixture,
                  gconstpointer  data)
{
  LadingGraph *graph = show_graph (fixture);
  g_autoptr(LadingTimeSeries) limit = lading_time_series_new (4);
  GtkWidget *legend = gtk_widget_get_first_child (GTK_WIDGET (graph));
  g_auto(Image) image = { NULL };
  LadingGraphPlot plot;

  fill_series (fixture, 100, 0, 0);
  lading_graph_set_limit (graph, limit);
  lading_graph_add_marker (graph, fixture->end_us, "Started");
  g_assert_nonnull (gtk_widget_get_first_child (legend));

  lading_graph_clear (graph);
  g_assert_null (gtk_widget_get_first_child (legend));
  render (GTK_WIDGET (graph), &image);
  g_assert_true (_lading_graph_get_plot (graph, &plot));
  g_assert_false (column_has_red (&image, &plot.bounds,
                                  plot.bounds.origin.x + plot.bounds.size.width / 2, 0, 1));
  g_assert_null (_lading_graph_dup_tooltip_text (graph, plot.bounds.origin.x + 10));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) app_css = NULL;
  g_autoptr(GtkCssProvider) test_provider = NULL;

  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  /* The test backend keeps accessible properties so the test can read them;
   * GTK_A11Y=none (the test environment) would drop them. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  adw_init ();
  lading_widgets_init ();

  /* AdwApplication loads style.css; there is no application here. */
  app_css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (app_css, "/io/github/lading/Lading/style.css");
  test_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (test_provider, test_css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (app_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (test_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);

  g_test_add ("/widgets/graph/empty", Fixture, NULL, NULL, test_graph_empty, fixture_tear_down);
  g_test_add ("/widgets/graph/one-sample", Fixture, NULL,
              NULL, test_graph_one_sample, fixture_tear_down);
  g_test_add ("/widgets/graph/many", Fixture, NULL, NULL, test_graph_many, fixture_tear_down);
  g_test_add_func ("/widgets/graph/decimate", test_graph_decimate);
  g_test_add ("/widgets/graph/gap", Fixture, NULL, NULL, test_graph_gap, fixture_tear_down);
  g_test_add ("/widgets/graph/limit", Fixture, NULL, NULL, test_graph_limit, fixture_tear_down);
  g_test_add ("/widgets/graph/tooltip", Fixture, NULL,
              NULL, test_graph_tooltip, fixture_tear_down);
  g_test_add ("/widgets/graph/accessible", Fixture, NULL,
              NULL, test_graph_accessible, fixture_tear_down);
  g_test_add ("/widgets/graph/unmapped", Fixture, NULL,
              NULL, test_graph_unmapped, fixture_tear_down);
  g_test_add ("/widgets/graph/css", Fixture, NULL, NULL, test_graph_css, fixture_tear_down);
  g_test_add_func ("/widgets/graph/stack", test_graph_stack);
  g_test_add ("/widgets/graph/stacked", Fixture, NULL, NULL, test_graph_stacked,
              fixture_tear_down);
  g_test_add ("/widgets/graph/clear", Fixture, NULL, NULL, test_graph_clear, fixture_tear_down);
  g_test_add ("/widgets/sparkline/draw", Fixture, NULL, NULL, test_sparkline, fixture_tear_down);

  return g_test_run ();
}
