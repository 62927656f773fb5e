/**
 * Device: the manufacturer's medical devices, their releases and the supplier component releases
 * each is built from, with the component's IEC 62304 safety class and exposure in that device.
 */
package org.provena.device.domain;
