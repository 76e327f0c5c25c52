/* lading-list-view-private.h
 *
 * The state LadingListView shares between lading-list-view.c (the table
 * and search), lading-list-view-sort.c (sorting, and which changes move a
 * row), lading-list-view-tree.c (tree mode and the filter),
 * lading-list-view-selection.c (multi-selection and the context menu),
 * lading-list-view-fold.c (columns folded away when narrow) and
 * lading-list-view-stage.c (letting a big load in a screenful at a time).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-list-rows.h"
#include "lading-list-view-column-private.h"
#include "lading-list-view.h"

G_BEGIN_DECLS

struct _LadingListView
{
  GtkWidget                        parent_instance;

  /* Template widgets */
  GtkSearchBar                    *search_bar;
  GtkSearchEntry                  *search_entry;
  GtkStack                        *stack;
  GtkColumnView                   *column_view;
  AdwStatusPage                   *empty_page;
  AdwStatusPage                   *no_results_page;

  /* Owned */
  GListModel                      *model;           /* the roots in tree mode */
  GtkTreeListModel                *tree_model;      /* NULL in flat mode */
  LadingListRows                  *rows;            /* the model or the tree, watched */
  GtkCustomFilter                 *filter;
  GtkFilterListModel              *filter_model;
  GtkSortListModel                *sort_model;
  GtkSliceListModel               *stage;           /* the sorted rows let in so far */
  GtkMultiSelection               *selection;
  GtkFilter                       *item_filter;     /* the page's, on leaf items */
  GStrv                            item_filter_properties; /* what it reads; NULL: anything */
  GObject                         *selected_item;   /* see :selected-item */
  GMenuModel                      *menu_model;      /* a row's menu, if the view shows it */
  GtkWidget                       *menu;            /* its popover, once shown */
  char                            *pending_property; /* what select_by_property() waits for */
  char                            *pending_value;
  guint                            pending_source;
  GPtrArray                       *columns;         /* of LadingListViewColumn, in table order */
  GPtrArray                       *sort_columns;    /* borrowed columns the sorter asks, in order */
  GStrv                            search_properties;
  char                            *search_folded;   /* casefolded search text; NULL when empty */
  char                            *sort_column;     /* may name a column not added yet */
  gulong                           items_changed_id;
  gulong                           item_filter_changed_id;
  GArray                          *fold_columns;    /* see lading-list-view-fold.c */
  guint                            fold_source;
  guint                            stage_tick_id;
  GtkWindow                       *stage_window;    /* unowned: the root, while a window */
  gulong                           stage_window_handler;

  /* Tree mode: which items have children; the tree model owns create_data */
  GtkTreeListModelCreateModelFunc  create_func;
  gpointer                         create_data;

  GType                            item_type;       /* what the columns describe */
  guint                            n_selected;

  LadingListViewProbe              probe;

  guint                            sort_descending : 1;
  guint                            stage_painted : 1;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  PROP_SEARCH_MODE_ENABLED,
  PROP_SEARCH_TEXT,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  PROP_SELECTED_ITEM,
  PROP_N_SELECTED,
  PROP_ITEM_FILTER,
  PROP_MENU_MODEL,
  N_PROPS
};

enum {
  SIGNAL_ITEM_ACTIVATED,
  SIGNAL_CONTEXT_MENU,
  N_SIGNALS
};

/* lading-list-view.c */
void      _lading_list_view_notify               (LadingListView *self,
                                                  guint           prop_id);
void      _lading_list_view_emit                 (LadingListView *self,
                                                  guint           signal_id,
                                                  ...);
void      _lading_list_view_update_page          (LadingListView *self);
void      _lading_list_view_set_roots            (LadingListView *self,
                                                  GListModel     *roots,
                                                  GListModel     *rows);

/* lading-list-view-sort.c */
void      _lading_list_view_init_sort            (LadingListView *self);
void      _lading_list_view_apply_sort           (LadingListView *self);
void      _lading_list_view_update_watched       (LadingListView *self);

/* lading-list-view-tree.c */
gpointer  _lading_list_view_unwrap               (gpointer        item);
gboolean  _lading_list_view_row_is_branch        (gpointer        row);
gboolean  _lading_list_view_filter_match         (gpointer        row,
                                                  gpointer        user_data);
void      _lading_list_view_search_changed       (LadingListView *self);
void      _lading_list_view_clear_tree           (LadingListView *self);
void      _lading_list_view_activate_row         (LadingListView *self,
                                                  guint           position);

/* lading-list-view-fold.c */
void      _lading_list_view_init_fold            (LadingListView      *self);
void      _lading_list_view_dispose_fold         (LadingListView      *self);
void      _lading_list_view_add_fold_column      (LadingListView       *self,
                                                  GtkColumnViewColumn  *column,
                                                  LadingListViewColumn *text_column,
                                                  int                   width_chars,
                                                  guint                 fold_level);
void      _lading_list_view_queue_fold           (LadingListView       *self);

/* lading-list-view-stage.c */
void      _lading_list_view_init_stage           (LadingListView *self);
void      _lading_list_view_restage              (LadingListView *self);
void      _lading_list_view_dispose_stage        (LadingListView *self);

/* lading-list-view-selection.c */
void      _lading_list_view_class_init_selection (GtkWidgetClass *widget_class);
void      _lading_list_view_init_selection       (LadingListView *self);
void      _lading_list_view_dispose_selection    (LadingListView *self);
void      _lading_list_view_select_pending_soon  (LadingListView *self);
gboolean  _lading_list_view_context_menu_at      (LadingListView *self,
                                                  double          x,
                                                  double          y);

G_END_DECLS
