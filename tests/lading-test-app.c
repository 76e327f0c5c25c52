/* lading-test-app.c
 *
 * The start of every UI test: a display, the test framework, and Lading's
 * application registered but not run, so that it never connects to an
 * engine of its own (see lading_application_startup()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-test"

#include "config.h"

#include <adwaita.h>

#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"

/* Returns the registered application, or %NULL when the test cannot run
 * here (no display, or @needs_engine and no test engine); the TAP plan that
 * skips it has then been printed, and main() returns 0. */
LadingApplication *
lading_test_app_init (int       *argc,
                      char    ***argv,
                      gboolean   needs_engine)
{
  g_autoptr(LadingApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return NULL;
    }

  if (needs_engine)
    {
      if (!lading_test_init (argc, argv))
        return NULL;
    }
  else
    {
      g_test_init (argc, argv, NULL);
    }

  app = lading_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&app);
}

static gboolean
store_loaded (gpointer data)
{
  return lading_test_store_loaded (data);
}

/**
 * lading_test_app_open_window:
 * @store: (out): the window's store, connected to the test engine
 * @page: the name of the page to show, "volumes"
 *
 * Returns: (transfer none): a window of @app over a new store, shown on
 *   @page once the store has loaded; destroy it with gtk_window_destroy()
 */
LadingWindow *
lading_test_app_open_window (LadingApplication  *app,
                             LadingStore       **store,
                             const char         *page)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  LadingWindow *window;
  AdwViewStack *stack;

  *store = lading_store_new (engine);
  lading_store_start (*store);
  window = lading_window_new (app, *store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, *store, "the store to load");

  stack = ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, page);

  return window;
}
