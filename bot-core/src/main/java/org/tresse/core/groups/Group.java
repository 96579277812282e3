package org.tresse.core.groups;

/** The association's project groups: café, ressourcerie, coworking, bureau... */
public record Group(String slug, String name, boolean open) {}
