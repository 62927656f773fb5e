/**
 * The portal's shell: the main layout with role-aware navigation, the start page that sends each
 * role to its home view, access control for routes, and the error views.
 */
package org.provena.ui;
