/* test-image-search.c
 *
 * The Find Images window under Xvfb, against the private engine and the
 * open test registry.  That registry answers no searches, as most but
 * Docker Hub, so searching it offers its catalog instead; results shaped
 * as Docker Hub sends them, naming an image in the test registry, pull in
 * one click.  Every term typed names the loopback registry: any other
 * would send the engine to Docker Hub.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lading-image-search.h"
#include "lading-models-private.h"
#include "lading-registry-browser.h"
#include "lading-test-app.h"
#include "lading-test-transfer.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"

static LadingApplication *app;

typedef struct
{
  LadingStore       *store;
  LadingTransfers   *transfers;
  LadingImageSearch *search;
} Fixture;

static gboolean
store_loaded (gpointer data)
{
  return lading_test_store_loaded (data);
}

static GtkWidget *
search_entry (LadingImageSearch *search)
{
  return lading_test_find (GTK_WIDGET (search), GTK_TYPE_SEARCH_ENTRY);
}

static gboolean
entry_has_focus (gpointer data)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (data));

  return focus != NULL && gtk_widget_is_ancestor (focus, search_entry (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->store = lading_store_new (engine);
  fixture->transfers = lading_transfers_new ();
  lading_store_start (fixture->store);
  lading_test_await (store_loaded, fixture->store, "the store to load");
  fixture->search = LADING_IMAGE_SEARCH (lading_image_search_new (NULL, fixture->store,
                                                                  fixture->transfers));
  g_object_add_weak_pointer (G_OBJECT (fixture->search), (gpointer *)&fixture->search);
  gtk_window_present (GTK_WINDOW (fixture->search));
  lading_test_await (entry_has_focus, fixture->search, "the focus in the search entry");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->search != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->search));
  g_clear_object (&fixture->transfers);
  g_clear_object (&fixture->store);
}

static gboolean
is_offer_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_has_css_class (widget, "pill");
}

static gboolean
offers_browsing (gpointer data)
{
  GtkWidget *button = lading_test_find_matching (data, is_offer_button, NULL);

  return button != NULL &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Browse the Registry") == 0;
}

static gboolean
search_gone (gpointer data)
{
  return lading_test_find_toplevel (LADING_TYPE_IMAGE_SEARCH) == NULL;
}

/* The registry answers no searches: the window says so and opens its
 * catalog in its place. */
static void
test_no_search (Fixture       *fixture,
                gconstpointer  data)
{
  const char *registry = g_getenv ("LADING_TEST_REGISTRY");
  g_autofree char *term = NULL;
  LadingRegistryBrowser *browser;
  GtkWidget *registry_row;

  if (registry == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }

  term = g_strconcat (registry, "/lading", NULL);
  gtk_editable_set_text (GTK_EDITABLE (search_entry (fixture->search)), term);
  lading_test_await (offers_browsing, fixture->search, "the offer to browse the registry");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search), "No Search on This Registry"));

  gtk_widget_activate (lading_test_find_matching (GTK_WIDGET (fixture->search), is_offer_button,
                                                  NULL));
  lading_test_await (search_gone, NULL, "the search window to close");
  browser = (LadingRegistryBrowser *)lading_test_find_toplevel (LADING_TYPE_REGISTRY_BROWSER);
  g_assert_nonnull (browser);
  registry_row = lading_test_find (GTK_WIDGET (browser), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (registry_row)), ==, registry);
  gtk_window_destroy (GTK_WINDOW (browser));
}

static gboolean
is_pull_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static gboolean
image_pulled (gpointer data)
{
  return lading_test_image_exists (data);
}

static gboolean
transfers_done (gpointer data)
{
  return lading_transfers_get_n_running (data) == 0;
}

/* A result shows its name, description and badge; its button pulls the
 * repository's latest tag, once.  A registry other than Docker Hub may
 * name its repositories without its host: they pull from that registry. */
static void
test_pull_result (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *registry = g_getenv ("LADING_TEST_REGISTRY");
  g_autofree char *repository = NULL;
  g_autofree char *term = NULL;
  g_autofree char *json = NULL;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;

  if (registry == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }

  repository = g_strconcat (registry, "/lading/ui-search", NULL);
  g_free (lading_test_push_fixture ("lading/ui-search:latest"));
  /* The term names the registry (which answers no search: the results
   * below stand in for those of one that does). */
  term = g_strconcat (registry, "/lading", NULL);
  gtk_editable_set_text (GTK_EDITABLE (search_entry (fixture->search)), term);
  lading_test_await (offers_browsing, fixture->search, "the term's search to end");
  json = g_strdup ("[{\"name\":\"lading/ui-search\",\"description\":\"A fixture in the test "
                   "registry\\n\",\"star_count\":12,\"is_official\":true,"
                   "\"is_automated\":false}]");
  bytes = g_bytes_new (json, strlen (json));
  results = _lading_search_results_parse (bytes, &error);
  g_assert_no_error (error);
  lading_image_search_show_results (fixture->search, results);

  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search), repository));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search),
                                         "A fixture in the test registry"));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search), "Official"));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search), "12"));

  label = g_strconcat ("Pull ", repository, NULL);
  button = lading_test_find_matching (GTK_WIDGET (fixture->search), is_pull_button, label);
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  name = g_strconcat (repository, ":latest", NULL);
  lading_test_await (image_pulled, name, "the image to be pulled");
  lading_test_await (transfers_done, fixture->transfers, "the pull to end");
  g_assert_false (gtk_widget_get_sensitive (button));

  lading_test_remove_image (name);
}

/* Escape empties the entry, and then closes the window. */
static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *entry = search_entry (fixture->search);
  g_autofree char *term = g_strconcat (g_getenv ("LADING_TEST_REGISTRY") != NULL
                                       ? g_getenv ("LADING_TEST_REGISTRY") : "127.0.0.1:1",
                                       "/lading", NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), term);
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture->search), "Search for Images"));
  g_assert_nonnull (fixture->search);

  g_signal_emit_by_name (entry, "stop-search");
  lading_test_await (search_gone, NULL, "the search window to close");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add ("/ui/image-search/no-search", Fixture, NULL, fixture_set_up, test_no_search,
              fixture_tear_down);
  g_test_add ("/ui/image-search/pull-result", Fixture, NULL, fixture_set_up, test_pull_result,
              fixture_tear_down);
  g_test_add ("/ui/image-search/escape", Fixture, NULL, fixture_set_up, test_escape,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
