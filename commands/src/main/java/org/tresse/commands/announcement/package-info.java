/** The announcements feature: /annonce, /confirmer, /abonner, /desabonner, scheduled sends and the digest. */
package org.tresse.commands.announcement;
