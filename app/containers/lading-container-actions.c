/* lading-container-actions.c
 *
 * What the window does when the user starts, stops, restarts, pauses,
 * resumes, kills, removes or renames containers: it asks first where
 * something would be lost (lading-container-dialogs.c), runs the engine calls
 * (many containers through LadingBulk, a few at a time), remembers which
 * containers have an action in flight so their rows can say so, and sums the
 * outcome up in one toast whose "Details" button shows the engine's words.
 *
 * The new states are not read back here: they reach the lists through the
 * store's events, like any other change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-action-error.h"
#include "lading-action-summary.h"
#include "lading-bulk.h"
#include "lading-container-actions.h"
#include "lading-container-dialogs.h"

#define STATE(s) (1u << LADING_CONTAINER_STATE_##s)

typedef enum
{
  RUN_BULK,
  RUN_KILL,
  RUN_RENAME,
} RunKind;

typedef struct
{
  const char            *name;
  LadingContainerAction  action;
  RunKind                kind;
  const char            *busy;
  guint                  states;
} Verb;

/* Which states each action makes sense in; the others are disabled. */
static const Verb verbs[] = {
  { "start", LADING_CONTAINER_ACTION_START, RUN_BULK, N_("Starting…"),
    STATE (CREATED) | STATE (EXITED) },
  { "stop", LADING_CONTAINER_ACTION_STOP, RUN_BULK, N_("Stopping…"),
    STATE (RUNNING) | STATE (PAUSED) | STATE (RESTARTING) },
  { "restart", LADING_CONTAINER_ACTION_RESTART, RUN_BULK, N_("Restarting…"),
    STATE (RUNNING) | STATE (PAUSED) | STATE (RESTARTING) | STATE (CREATED) | STATE (EXITED) },
  { "pause", LADING_CONTAINER_ACTION_PAUSE, RUN_BULK, N_("Pausing…"),
    STATE (RUNNING) },
  { "unpause", LADING_CONTAINER_ACTION_UNPAUSE, RUN_BULK, N_("Resuming…"),
    STATE (PAUSED) },
  { "kill", LADING_CONTAINER_ACTION_KILL, RUN_KILL, N_("Killing…"),
    STATE (RUNNING) | STATE (PAUSED) | STATE (RESTARTING) },
  { "remove", LADING_CONTAINER_ACTION_REMOVE, RUN_BULK, N_("Removing…"),
    ~STATE (REMOVING) },
  { "rename", 0, RUN_RENAME, N_("Renaming…"),
    ~(STATE (REMOVING) | STATE (DEAD)) },
};

struct _LadingContainerActions
{
  GObject       parent_instance;

  /* Owned */
  LadingStore  *store;
  GHashTable   *pending;        /* id → const Verb * */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (LadingContainerActions, lading_container_actions, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  SIGNAL_PENDING_CHANGED,
  SIGNAL_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* One action over one or more containers, from the click to the toast. */
typedef struct
{
  LadingContainerActions *self;
  const Verb             *verb;
  GWeakRef                overlay;    /* where the toast goes */
  GHashTable             *names;      /* id → name: removed ones leave the store */
  GPtrArray              *failed;     /* ids, in order of failure */
  GHashTable             *errors;     /* id → GError */
  char                   *new_name;   /* rename only */
  guint                   n_items;
  guint                   n_left;     /* steps until the report */
} Run;

/* A question asked before a run; freed with the dialog's handler. */
typedef struct
{
  LadingContainerActions *self;
  const Verb             *verb;
  GWeakRef                parent;
  GPtrArray              *containers;
} Ask;

static const Verb *
find_verb (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_strcmp0 (verbs[i].name, name) == 0)
      return &verbs[i];

  return NULL;
}

static gboolean
verb_applies (const Verb      *verb,
              LadingContainer *container)
{
  return (verb->states & (1u << lading_container_get_state (container))) != 0;
}

static void
set_pending (LadingContainerActions *self,
             const char             *id,
             const Verb             *verb)
{
  if (verb != NULL)
    g_hash_table_insert (self->pending, g_strdup (id), (gpointer)verb);
  else if (!g_hash_table_remove (self->pending, id))
    return;

  g_signal_emit (self, signals [SIGNAL_PENDING_CHANGED], 0, id);
}

static void
run_free (Run *run)
{
  g_clear_object (&run->self);
  g_weak_ref_clear (&run->overlay);
  g_clear_pointer (&run->names, g_hash_table_unref);
  g_clear_pointer (&run->failed, g_ptr_array_unref);
  g_clear_pointer (&run->errors, g_hash_table_unref);
  g_clear_pointer (&run->new_name, g_free);
  g_free (run);
}

static Run *
run_new (LadingContainerActions *self,
         const Verb             *verb,
         GtkWidget              *parent,
         GPtrArray              *containers)
{
  Run *run = g_new0 (Run, 1);
  GtkWidget *overlay = NULL;

  if (parent != NULL)
    overlay = gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY);

  run->self = g_object_ref (self);
  run->verb = verb;
  g_weak_ref_init (&run->overlay, overlay);
  run->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->failed = g_ptr_array_new ();
  run->errors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify)g_error_free);
  run->n_items = containers->len;
  run->n_left = containers->len;

  for (guint i = 0; i < containers->len; i++)
    {
      LadingContainer *container = g_ptr_array_index (containers, i);
      const char *id = lading_container_get_id (container);

      g_hash_table_insert (run->names, g_strdup (id),
                           g_strdup (lading_container_get_name (container)));
      set_pending (self, id, verb);
    }

  return run;
}

static char *
run_dup_sentence (Run        *run,
                  const char *id)
{
  const char *name = g_hash_table_lookup (run->names, id);
  const GError *error = g_hash_table_lookup (run->errors, id);

  if (run->verb->kind == RUN_RENAME)
    return lading_action_error_dup_rename_message (name, run->new_name, error);

  return lading_action_error_dup_message (run->verb->action, name, error);
}

/* Every failure: the sentence, and under it the engine's own message, as
 * markup.  A single failure's sentence is the toast and the dialog's heading
 * already. */
static char *
run_dup_details (Run *run)
{
  g_autoptr(GString) details = g_string_new (NULL);

  for (guint i = 0; i < run->failed->len; i++)
    {
      const char *id = g_ptr_array_index (run->failed, i);
      const GError *error = g_hash_table_lookup (run->errors, id);
      g_autofree char *sentence = run_dup_sentence (run, id);
      g_autofree char *markup = NULL;

      if (run->n_items > 1)
        markup = g_markup_printf_escaped ("%s\n<tt>%s</tt>", sentence, error->message);
      else
        markup = g_markup_printf_escaped ("<tt>%s</tt>", error->message);

      g_string_append (details, markup);
      if (i + 1 < run->failed->len)
        g_string_append (details, "\n\n");
    }

  return g_string_free (g_steal_pointer (&details), FALSE);
}

/* A removed container's name, which only the run still knows. */
static char *
run_dup_removed (Run *run)
{
  GHashTableIter iter;
  const char *name;

  g_hash_table_iter_init (&iter, run->names);
  g_hash_table_iter_next (&iter, NULL, (gpointer *)&name);

  /* Translators: %s is the name of the container that was removed */
  return g_strdup_printf (_("Removed “%s”"), name);
}

static void
toast_details_cb (AdwToast *toast)
{
  GObject *object = G_OBJECT (toast);
  GtkWidget *overlay = g_object_get_data (object, "lading-overlay");
  GtkRoot *root = overlay != NULL ? gtk_widget_get_root (overlay) : NULL;
  AdwMessageDialog *dialog;

  dialog = lading_container_dialogs_new_details (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 g_object_get_data (object, "lading-heading"),
                                                 g_object_get_data (object, "lading-details"));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One toast for the whole run.  A single container that did what was asked
 * needs none, its row says so, except when it is gone from the list. */
static void
run_report (Run *run)
{
  g_autoptr(GtkWidget) overlay = g_weak_ref_get (&run->overlay);
  g_autofree char *title = NULL;
  guint n_failed = run->failed->len;
  AdwToast *toast;

  if (overlay == NULL || g_cancellable_is_cancelled (run->self->cancellable))
    return;

  if (run->n_items == 1 && n_failed == 1)
    title = run_dup_sentence (run, g_ptr_array_index (run->failed, 0));
  else if (run->n_items > 1)
    title = lading_action_summary_dup (run->verb->action, run->n_items - n_failed, n_failed);
  else if (run->verb->kind == RUN_BULK && run->verb->action == LADING_CONTAINER_ACTION_REMOVE)
    title = run_dup_removed (run);

  if (title == NULL)
    return;

  toast = adw_toast_new (title);
  if (n_failed > 0)
    {
      /* A failure shows at once and stays until read. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_timeout (toast, 0);
      g_object_set_data_full (G_OBJECT (toast), "lading-heading", g_strdup (title), g_free);
      g_object_set_data_full (G_OBJECT (toast), "lading-details", run_dup_details (run), g_free);
      g_object_set_data (G_OBJECT (toast), "lading-overlay", overlay);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (toast_details_cb), NULL);
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* One step of a run: an action on @id ended (with @error if it failed), or,
 * with @id %NULL, the bulk run itself ended.  The last step reports. */
static void
run_step (Run          *run,
          const char   *id,
          const GError *error)
{
  if (id != NULL)
    {
      set_pending (run->self, id, NULL);

      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gpointer key;

          /* Keyed by the names table's copy of the id, which lives as long. */
          if (g_hash_table_lookup_extended (run->names, id, &key, NULL))
            {
              g_ptr_array_add (run->failed, key);
              g_hash_table_insert (run->errors, key, g_error_copy (error));
            }
        }
    }

  if (--run->n_left > 0)
    return;

  run_report (run);
  g_signal_emit (run->self, signals [SIGNAL_FINISHED], 0,
                 run->verb->name, run->n_items, run->failed->len);
  run_free (run);
}

static void
bulk_item_finished_cb (LadingBulk   *bulk,
                       const char   *id,
                       const GError *error,
                       Run          *run)
{
  run_step (run, id, error);
}

static void
bulk_run_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LadingBulk) bulk = LADING_BULK (object);
  g_autoptr(GError) error = NULL;
  Run *run = user_data;

  /* Only a cancelled run fails, and then nobody is waiting for a report. */
  if (!lading_bulk_run_finish (bulk, result, &error))
    g_debug ("Bulk %s ended early: %s", run->verb->name, error->message);

  g_signal_handlers_disconnect_by_func (bulk, bulk_item_finished_cb, run);
  run_step (run, NULL, NULL);
}

static void
run_bulk (LadingContainerActions     *self,
          const Verb                 *verb,
          GtkWidget                  *parent,
          GPtrArray                  *containers,
          LadingContainerActionFlags  flags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  LadingBulk *bulk;
  Run *run;

  for (guint i = 0; i < containers->len; i++)
    g_strv_builder_add (builder, lading_container_get_id (g_ptr_array_index (containers, i)));
  ids = g_strv_builder_end (builder);

  run = run_new (self, verb, parent, containers);
  run->n_left++;                        /* the end of the bulk run itself */

  bulk = lading_bulk_new (lading_store_get_engine (self->store), verb->action, flags,
                          (const char * const *)ids, LADING_BULK_DEFAULT_MAX_CONCURRENT);
  g_signal_connect (bulk, "item-finished", G_CALLBACK (bulk_item_finished_cb), run);
  lading_bulk_run_async (bulk, self->cancellable, bulk_run_cb, run);
}

typedef struct
{
  Run  *run;
  char *id;
} Call;

static Call *
call_new (Run        *run,
          const char *id)
{
  Call *call = g_new0 (Call, 1);

  call->run = run;
  call->id = g_strdup (id);

  return call;
}

static void
call_free (Call *call)
{
  g_free (call->id);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Call, call_free)

static void
kill_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Call) call = user_data;
  g_autoptr(GError) error = NULL;

  lading_engine_kill_container_finish (LADING_ENGINE (object), result, &error);
  run_step (call->run, call->id, error);
}

static void
rename_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Call) call = user_data;
  g_autoptr(GError) error = NULL;

  lading_engine_rename_container_finish (LADING_ENGINE (object), result, &error);
  run_step (call->run, call->id, error);
}

/* Kill takes a signal, which LadingBulk does not; a kill is quick, and the
 * few containers one kills at once can all be asked together. */
static void
run_kill (LadingContainerActions *self,
          GtkWidget              *parent,
          GPtrArray              *containers,
          const char             *signal_name)
{
  LadingEngine *engine = lading_store_get_engine (self->store);
  Run *run = run_new (self, find_verb ("kill"), parent, containers);

  for (guint i = 0; i < containers->len; i++)
    {
      const char *id = lading_container_get_id (g_ptr_array_index (containers, i));

      lading_engine_kill_container_async (engine, id, signal_name, self->cancellable,
                                          kill_cb, call_new (run, id));
    }
}

static void
run_rename (LadingContainerActions *self,
            GtkWidget              *parent,
            LadingContainer        *container,
            const char             *new_name)
{
  g_autoptr(GPtrArray) containers = g_ptr_array_new ();
  const char *id = lading_container_get_id (container);
  Run *run;

  g_ptr_array_add (containers, container);
  run = run_new (self, find_verb ("rename"), parent, containers);
  run->new_name = g_strdup (new_name);
  lading_engine_rename_container_async (lading_store_get_engine (self->store), id, new_name,
                                        self->cancellable, rename_cb, call_new (run, id));
}

static void
ask_free (gpointer  data,
          GClosure *closure)
{
  Ask *ask = data;

  g_clear_object (&ask->self);
  g_weak_ref_clear (&ask->parent);
  g_clear_pointer (&ask->containers, g_ptr_array_unref);
  g_free (ask);
}

/* Whatever the answer, the dialog goes: cancelling changes nothing. */
static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Ask              *ask)
{
  g_autoptr(GtkWidget) parent = g_weak_ref_get (&ask->parent);

  if (g_strcmp0 (response, "remove") == 0)
    run_bulk (ask->self, ask->verb, parent, ask->containers,
              lading_container_dialogs_get_remove_flags (dialog));
  else if (g_strcmp0 (response, "kill") == 0)
    run_kill (ask->self, parent, ask->containers,
              lading_container_dialogs_get_kill_signal (dialog));
  else if (g_strcmp0 (response, "rename") == 0)
    run_rename (ask->self, parent, g_ptr_array_index (ask->containers, 0),
                lading_container_dialogs_get_new_name (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
ask_first (LadingContainerActions *self,
           const Verb             *verb,
           GtkWidget              *parent,
           GPtrArray              *containers)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  AdwMessageDialog *dialog;
  Ask *data;

  if (verb->kind == RUN_KILL)
    dialog = lading_container_dialogs_new_kill (window, containers);
  else if (verb->kind == RUN_RENAME)
    dialog = lading_container_dialogs_new_rename (window, g_ptr_array_index (containers, 0));
  else
    dialog = lading_container_dialogs_new_remove (window, containers);

  data = g_new0 (Ask, 1);
  data->self = g_object_ref (self);
  data->verb = verb;
  g_weak_ref_init (&data->parent, parent);
  data->containers = g_ptr_array_ref (containers);
  g_signal_connect_data (dialog, "response", G_CALLBACK (ask_response_cb), data, ask_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
lading_container_actions_dispose (GObject *object)
{
  LadingContainerActions *self = (LadingContainerActions *)object;

  g_assert (LADING_IS_CONTAINER_ACTIONS (self));

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (lading_container_actions_parent_class)->dispose (object);
}

static void
lading_container_actions_finalize (GObject *object)
{
  LadingContainerActions *self = (LadingContainerActions *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (lading_container_actions_parent_class)->finalize (object);
}

static void
lading_container_actions_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LadingContainerActions *self = LADING_CONTAINER_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_actions_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LadingContainerActions *self = LADING_CONTAINER_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_actions_class_init (LadingContainerActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_container_actions_dispose;
  object_class->finalize = lading_container_actions_finalize;
  object_class->get_property = lading_container_actions_get_property;
  object_class->set_property = lading_container_actions_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingContainerActions::pending-changed:
   * @id: the container's id
   *
   * An action on the container began or ended; see
   * lading_container_actions_get_pending().
   */
  signals [SIGNAL_PENDING_CHANGED] =
    g_signal_new ("pending-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * LadingContainerActions::finished:
   * @verb: what was done ("stop")
   * @n_items: to how many containers
   * @n_failed: how many of them failed
   *
   * An action ended on every container it was run on, and its outcome was
   * reported; a view that disabled its buttons meanwhile can enable them.
   */
  signals [SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_UINT, G_TYPE_UINT);
}

static void
lading_container_actions_init (LadingContainerActions *self)
{
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

LadingContainerActions *
lading_container_actions_new (LadingStore *store)
{
  g_return_val_if_fail (LADING_IS_STORE (store), NULL);

  return g_object_new (LADING_TYPE_CONTAINER_ACTIONS,
                       "store", store,
                       NULL);
}

LadingStore *
lading_container_actions_get_store (LadingContainerActions *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_ACTIONS (self), NULL);

  return self->store;
}

/**
 * lading_container_actions_applies:
 * @verb: "start", "stop", "restart", "pause", "unpause", "kill", "remove"
 *   or "rename"
 * @container: a container
 *
 * Returns: whether @verb makes sense for @container in its current state
 */
gboolean
lading_container_actions_applies (const char      *verb,
                                  LadingContainer *container)
{
  const Verb *found = find_verb (verb);

  g_return_val_if_fail (found != NULL, FALSE);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), FALSE);

  return verb_applies (found, container);
}

/**
 * lading_container_actions_can:
 * @verb: as for lading_container_actions_applies()
 * @containers: (element-type LadingContainer): the containers to act on
 *
 * Returns: whether @verb applies to at least one of @containers (rename:
 *   to exactly one container), so its button or menu item is enabled
 */
gboolean
lading_container_actions_can (const char *verb,
                              GPtrArray  *containers)
{
  const Verb *found = find_verb (verb);

  g_return_val_if_fail (found != NULL, FALSE);
  g_return_val_if_fail (containers != NULL, FALSE);

  if (found->kind == RUN_RENAME && containers->len != 1)
    return FALSE;

  for (guint i = 0; i < containers->len; i++)
    if (verb_applies (found, g_ptr_array_index (containers, i)))
      return TRUE;

  return FALSE;
}

/**
 * lading_container_actions_activate:
 * @parent: the widget the user acted in: dialogs are modal to its window,
 *   the toast goes to its #AdwToastOverlay
 * @verb: as for lading_container_actions_applies()
 * @containers: (element-type LadingContainer): the containers to act on;
 *   those @verb does not apply to are left alone
 *
 * Runs @verb, after asking for remove, kill and rename.
 */
void
lading_container_actions_activate (LadingContainerActions *self,
                                   GtkWidget              *parent,
                                   const char             *verb,
                                   GPtrArray              *containers)
{
  g_autoptr(GPtrArray) applicable = g_ptr_array_new_with_free_func (g_object_unref);
  const Verb *found = find_verb (verb);

  g_return_if_fail (LADING_IS_CONTAINER_ACTIONS (self));
  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (found != NULL);
  g_return_if_fail (containers != NULL);

  if (!lading_container_actions_can (verb, containers))
    return;

  for (guint i = 0; i < containers->len; i++)
    if (verb_applies (found, g_ptr_array_index (containers, i)))
      g_ptr_array_add (applicable, g_object_ref (g_ptr_array_index (containers, i)));

  if (found->kind != RUN_BULK || found->action == LADING_CONTAINER_ACTION_REMOVE)
    ask_first (self, found, parent, applicable);
  else
    run_bulk (self, found, parent, applicable, LADING_CONTAINER_ACTION_FLAGS_NONE);
}

/**
 * lading_container_actions_get_pending:
 * @id: a container's id
 *
 * Returns: (nullable): what is being done to the container ("Stopping…"),
 *   or %NULL when nothing is
 */
const char *
lading_container_actions_get_pending (LadingContainerActions *self,
                                      const char             *id)
{
  const Verb *verb;

  g_return_val_if_fail (LADING_IS_CONTAINER_ACTIONS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  verb = g_hash_table_lookup (self->pending, id);
  return verb != NULL ? _(verb->busy) : NULL;
}
