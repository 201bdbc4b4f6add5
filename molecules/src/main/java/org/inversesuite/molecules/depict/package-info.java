/** 2-D depictions of molecules (CDK structure diagram generator and depiction generator). */
package org.inversesuite.molecules.depict;
